import { useEffect, useState } from 'react';
import { clipModel } from '../shared/clip';
import { EXERCISES, exerciseOptions, recommendedModel, type ExerciseInfo } from '../shared/exercises';
import { MODELS, type ModelId } from '../shared/pose';
import { CameraDiagram } from '../ui/CameraDiagram';
import { useSettings } from '../ui/settings-context';
import { planOptions, tempoFromValue, type Plan } from '../ui/programme';
import { listCameras } from '../ui/camera';
import type { ClipRoute } from '../clip/page/ClipPage';
import type { OtherPage } from './route';
import type { LiveRoute } from '../live/page/live-route';
import type { ExerciseId, Posture, SessionOptions } from '../shared/exercise-core';

/** The set options the exercise's definition offers; values become URL parameters of the live view. */
function ExerciseOptions({ id, options, onChange }: { id: ExerciseId; options: SessionOptions; onChange: (o: SessionOptions) => void }) {
  const { holdAtTop, testLength, tempo } = exerciseOptions(id);
  return (
    <>
      {holdAtTop && (
        <label className="option">
          Hold at the top
          <select value={options.holdSeconds ?? holdAtTop.default} onChange={(e) => onChange({ ...options, holdSeconds: Number(e.target.value) || undefined })}>
            {holdAtTop.choices.map((s) => <option key={s} value={s}>{s ? `${s} seconds` : 'No hold'}</option>)}
          </select>
        </label>
      )}
      {tempo && (
        <label className="option">
          Tempo (down : pause : up)
          <select value={options.tempo?.join('-') ?? ''} onChange={(e) => onChange({ ...options, tempo: tempoFromValue(e.target.value) ?? undefined })}>
            <option value="">Your own pace</option>
            {tempo.map((t) => <option key={t.join('-')} value={t.join('-')}>{t.join(' : ')} seconds</option>)}
          </select>
        </label>
      )}
      {testLength && (
        <label className="option">
          Hold per side
          <select value={options.testSeconds ?? testLength.default} onChange={(e) => onChange({ ...options, testSeconds: Number(e.target.value) })}>
            {testLength.choices.map((s) => <option key={s} value={s}>{s} seconds</option>)}
          </select>
        </label>
      )}
    </>
  );
}

function planText(ex: ExerciseInfo, plan: Plan): string {
  const offers = exerciseOptions(ex.id);
  const reps = offers.testLength ? `a ${planOptions(ex.id, plan).testSeconds} s hold per side` : `${plan.reps} reps${ex.perSide ? ' per side' : ''}`;
  const hold = offers.holdAtTop && plan.holdSeconds ? `, ${plan.holdSeconds} s holds` : '';
  const tempo = offers.tempo && plan.tempo ? `, tempo ${plan.tempo.join(':')}` : '';
  return `${plan.sets} set${plan.sets === 1 ? '' : 's'} of ${reps}${hold}${tempo}, ${plan.restS} s rest`;
}

/** Either a model picked for every exercise, or each exercise's own recommendation. */
type ModelChoice = ModelId | 'recommended';
/** The exercises grouped on the page: standing, then floor work (lying or kneeling). */
const EXERCISE_GROUPS: ReadonlyArray<{ id: string; title: string; postures: readonly Posture[] }> = [
  { id: 'standing', title: 'Standing', postures: ['standing'] },
  { id: 'floor', title: 'On the floor', postures: ['kneeling', 'lying'] },
];

const modelFor = (choice: ModelChoice, id: ExerciseId): ModelId => (choice === 'recommended' ? recommendedModel(id) : choice);

function ExerciseCard({ ex, model, camera, options, onOptions, onStart, onClip, plan, ready }: {
  ex: ExerciseInfo;
  model: ModelChoice;
  camera: string;
  options: SessionOptions;
  onOptions: (o: SessionOptions) => void;
  onStart: (route: LiveRoute) => void;
  onClip: (route: ClipRoute) => void;
  plan: Plan | undefined;
  ready: boolean;
}) {
  return (
    <article className="exercise-card" data-testid={`exercise-${ex.id}`}>
      <CameraDiagram view={ex.view} posture={ex.posture} />
      <div>
        <h3>{ex.name}</h3>
        <p>{ex.description}</p>
        <p className="hint"><strong>Camera:</strong> {ex.setupHint}</p>
        {plan
          ? <p className="hint" data-testid={`plan-${ex.id}`}><strong>Your plan:</strong> {planText(ex, plan)} (change it in Settings)</p>
          : <ExerciseOptions id={ex.id} options={options} onChange={onOptions} />}
        <button
          type="button"
          className="primary"
          disabled={!ready}
          onClick={() => onStart({ exercise: ex.id, model: modelFor(model, ex.id), backend: 'auto', camera: camera || undefined, options })}
        >
          Start {ex.name.toLowerCase()}
        </button>
        <button type="button" className="link" onClick={() => onClip({ exercise: ex.id, model: modelFor(model, ex.id) })}>
          or check a video of it
        </button>
      </div>
    </article>
  );
}

export function Home({ onStart, onClip, onGo }: { onStart: (route: LiveRoute) => void; onClip: (route: ClipRoute) => void; onGo: (page: OtherPage) => void }) {
  const { prefs, setPrefs, plans, loaded } = useSettings();
  const { model, camera } = prefs;
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [options, setOptions] = useState<Partial<Record<ExerciseId, SessionOptions>>>({});

  useEffect(() => {
    listCameras().then(setCameras, () => setCameras([]));
  }, []);

  return (
    <main className="home">
      <header>
        <h1>Form Check</h1>
        <p className="tagline">Live cues and a rep counter from your camera. Everything runs on this device; no video leaves it.</p>
        <nav className="home-nav" aria-label="Pages">
          <button type="button" className="link" onClick={() => onGo({ kind: 'history' })} data-testid="nav-history">History</button>
          <button type="button" className="link" onClick={() => onGo({ kind: 'progress' })} data-testid="nav-progress">Progress</button>
          <button type="button" className="link" onClick={() => onGo({ kind: 'settings' })} data-testid="nav-settings">Settings</button>
          <button type="button" className="link" onClick={() => onGo({ kind: 'privacy' })} data-testid="nav-privacy">Privacy</button>
        </nav>
      </header>
      <section className="settings" aria-label="Settings">
        <label>
          Pose model
          <select value={model} disabled={!loaded} onChange={(e) => setPrefs({ ...prefs, model: e.target.value as ModelChoice })}>
            <option value="recommended">Recommended for each exercise</option>
            {Object.values(MODELS).map((m) => (
              <option key={m.id} value={m.id}>{m.label}</option>
            ))}
          </select>
        </label>
        <label>
          Camera
          <select value={camera} disabled={!loaded} onChange={(e) => setPrefs({ ...prefs, camera: e.target.value })}>
            <option value="">Default camera</option>
            {cameras.map((c, i) => (
              <option key={c.deviceId || i} value={c.deviceId}>{c.label || `Camera ${i + 1}`}</option>
            ))}
          </select>
        </label>
      </section>
      <section className="exercise-list" aria-label="Exercises">
        {EXERCISE_GROUPS.map((group) => (
          <section key={group.id} className="exercise-group" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>{group.title}</h2>
            {EXERCISES.filter((ex) => group.postures.includes(ex.posture)).map((ex) => (
              <ExerciseCard
                key={ex.id}
                ex={ex}
                model={model}
                camera={camera}
                options={options[ex.id] ?? {}}
                onOptions={(o) => setOptions({ ...options, [ex.id]: o })}
                onStart={onStart}
                onClip={onClip}
                plan={plans[ex.id]}
                ready={loaded}
              />
            ))}
          </section>
        ))}
        <h2>Running</h2>
        <article className="exercise-card">
          <CameraDiagram view="side" posture="standing" />
          <div>
            <h3>Running (video)</h3>
            <p>Record or open a side-view clip of your running and get a report: cadence, foot strike, overstride, knee bend at landing, trunk lean.</p>
            <p className="hint"><strong>Camera:</strong> Beside the treadmill or track at hip height, square to the running direction, whole body in view.</p>
            <button type="button" className="primary" data-testid="start-running" onClick={() => onClip({ exercise: 'running', model: model !== 'recommended' && MODELS[model].hasFeet ? model : clipModel('running') })}>
              Analyse a running clip
            </button>
          </div>
        </article>
      </section>
    </main>
  );
}
