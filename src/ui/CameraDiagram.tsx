import type { Posture, CameraView } from '../shared/exercise-core';

type DiagramView = CameraView | 'front-or-side';

const STANDING_LABEL: Record<DiagramView, string> = {
  side: 'Camera beside you, at hip height, about 3 m away, seeing you side-on',
  front: 'Camera in front of you, at hip height, about 3 m away',
  'front-or-side': 'Camera in front of you or beside you, at hip height, about 3 m away',
};

/** Lying down, 'front' is the camera at the feet looking along the body (where both hips show). */
const LYING_LABEL: Record<DiagramView, string> = {
  front: 'Camera on the floor at your feet, about 2 m away, looking along your body toward your head',
  side: 'Camera on the floor beside you, about 2 m away, seeing you side-on',
  'front-or-side': 'Camera on the floor at your feet or beside you, about 2 m away',
};

function Camera({ x, y, angle }: { x: number; y: number; angle: number }) {
  return (
    <g transform={`translate(${x} ${y}) rotate(${angle})`}>
      <rect x={-14} y={-9} width={28} height={18} rx={3} fill="#4da3ff" />
      <path d="M14 -5 L24 -10 L24 10 L14 5 Z" fill="#4da3ff" />
    </g>
  );
}

/** A top-down sketch of where the camera goes relative to the person, standing or on the floor. */
/** Kneeling or on hands and knees: the camera on the floor, as for lying down. */
const KNEELING_LABEL: Record<DiagramView, string> = {
  front: 'Camera on the floor in front of you, about 2 m away',
  side: 'Camera on the floor beside you, about 2 m away, seeing you side-on',
  'front-or-side': 'Camera on the floor in front of you or beside you, about 2 m away',
};

const LABELS: Record<Posture, Record<DiagramView, string>> = { standing: STANDING_LABEL, lying: LYING_LABEL, kneeling: KNEELING_LABEL };

export function CameraDiagram({ view, posture }: { view: DiagramView; posture: Posture }) {
  // Lying or kneeling, the sketch from above is of a body along the floor.
  const lying = posture !== 'standing';
  const label = LABELS[posture][view];
  const front = view !== 'side', side = view !== 'front';
  return (
    <svg viewBox="0 0 200 120" role="img" aria-label={label} className="camera-diagram" data-testid="camera-diagram">
      <title>{label}</title>
      <rect x={0} y={0} width={200} height={120} rx={8} fill="#1c2333" />
      {lying ? (
        <>
          {/* the person lying on their back seen from above: head left, feet right */}
          <circle cx={30} cy={50} r={9} fill="#8b949e" />
          <rect x={40} y={40} width={52} height={20} rx={8} fill="#c9d1d9" />
          <rect x={92} y={42} width={48} height={7} rx={3} fill="#c9d1d9" />
          <rect x={92} y={51} width={48} height={7} rx={3} fill="#c9d1d9" />
          {front && <Camera x={182} y={50} angle={180} />}
          {front && <path d="M168 50 L146 50" stroke="#4da3ff" strokeDasharray="4 3" />}
          {side && <Camera x={90} y={104} angle={-90} />}
          {side && <path d="M90 90 L90 66" stroke="#4da3ff" strokeDasharray="4 3" />}
        </>
      ) : (
        <>
          <defs>
            <marker id="arrow" markerWidth={6} markerHeight={6} refX={3} refY={3} orient="auto">
              <path d="M0 0 L6 3 L0 6 Z" fill="#c9d1d9" />
            </marker>
          </defs>
          {/* the person seen from above: shoulders, head, facing down the page */}
          <ellipse cx={150} cy={60} rx={22} ry={9} fill="#c9d1d9" />
          <circle cx={150} cy={60} r={8} fill="#8b949e" />
          <path d="M150 70 L150 84" stroke="#c9d1d9" strokeWidth={2} markerEnd="url(#arrow)" />
          {front && <Camera x={150} y={108} angle={-90} />}
          {side && <Camera x={40} y={60} angle={0} />}
          <path d={view === 'side' ? 'M64 60 L122 60' : 'M150 96 L150 74'} stroke="#4da3ff" strokeDasharray="4 3" />
        </>
      )}
    </svg>
  );
}
