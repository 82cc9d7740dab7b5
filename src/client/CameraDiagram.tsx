import type { CameraView } from '../shared/session-types';

/** A top-down sketch of where the camera goes relative to the person. */
export function CameraDiagram({ view }: { view: CameraView | 'front-or-side' }) {
  const label =
    view === 'side' ? 'Camera beside you, at hip height, about 3 m away, seeing you side-on'
    : view === 'front' ? 'Camera in front of you, at hip height, about 3 m away'
    : 'Camera in front of you or beside you, at hip height, about 3 m away';
  const camera = (x: number, y: number, angle: number) => (
    <g transform={`translate(${x} ${y}) rotate(${angle})`}>
      <rect x={-14} y={-9} width={28} height={18} rx={3} fill="#4da3ff" />
      <path d="M14 -5 L24 -10 L24 10 L14 5 Z" fill="#4da3ff" />
    </g>
  );
  return (
    <svg viewBox="0 0 200 120" role="img" aria-label={label} className="camera-diagram">
      <rect x={0} y={0} width={200} height={120} rx={8} fill="#1c2333" />
      {/* the person seen from above: shoulders, head, facing down the page */}
      <ellipse cx={150} cy={60} rx={22} ry={9} fill="#c9d1d9" />
      <circle cx={150} cy={60} r={8} fill="#8b949e" />
      <path d="M150 70 L150 84" stroke="#c9d1d9" strokeWidth={2} markerEnd="url(#arrow)" />
      <defs>
        <marker id="arrow" markerWidth={6} markerHeight={6} refX={3} refY={3} orient="auto">
          <path d="M0 0 L6 3 L0 6 Z" fill="#c9d1d9" />
        </marker>
      </defs>
      {view !== 'side' && camera(150, 108, -90)}
      {view !== 'front' && camera(40, 60, 0)}
      <path d={view === 'side' ? 'M64 60 L122 60' : 'M150 96 L150 74'} stroke="#4da3ff" strokeDasharray="4 3" />
    </svg>
  );
}
