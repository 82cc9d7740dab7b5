import { useEffect, useState } from 'react';
import { adjustableThresholds, EXERCISES, exerciseOptions } from '../../shared/exercises';
import { MODELS, type ModelId } from '../../shared/pose';
import type { ExerciseId } from '../../shared/exercise-core';
import { listCameras } from '../../ui/camera';
import { faultLabel } from '../../ui/fault-labels';
import { useSettings } from '../../ui/settings-context';
import { NumberField } from './NumberField';
import { defaultPlan, tempoFromValue, type Plan } from '../../ui/programme';
import { DEFAULT_PLAN, type Preferences } from '../../storage/preferences';
import { availableVoices, CueSpeaker } from '../../ui/speech';
import { PageHeader } from '../../ui/PageHeader';
import { SquatReferenceSetting } from '../../ui/summary/SquatReference';

function Thresholds({ exercise, prefs, onChange }: { exercise: ExerciseId; prefs: Preferences; onChange: (p: Preferences) => void }) {
  const list = adjustableThresholds(exercise);
  const changed = prefs.thresholds[exercise] ?? {};
  const set = (values: Record<string, number>) => {
    const thresholds = { ...prefs.thresholds };
    if (Object.keys(values).length) thresholds[exercise] = values;
    else delete thresholds[exercise];
    onChange({ ...prefs, thresholds });
  };
  if (!list.length) return null;
  return (
    <fieldset className="settings-group">
      <legend>Fault limits</legend>
      {list.map((a) => {
        const value = changed[a.key] ?? a.default;
        return (
          <label key={a.key} className="threshold">
            <span>{a.label}{a.unit && ` (${a.unit})`}</span>
            <NumberField
              min={a.min} max={a.max} step={a.step} value={value}
              data-testid={`threshold-${exercise}-${a.key}`}
              onCommit={(v) => {
                const next = { ...changed };
                if (Math.abs(v - a.default) < 1e-9) delete next[a.key];
                else next[a.key] = v;
                set(next);
              }}
            />
            <span className="hint">default {a.default}{a.unit}{changed[a.key] !== undefined ? ' · changed' : ''} · flags “{faultLabel(a.fault)}”</span>
          </label>
        );
      })}
      <button type="button" onClick={() => set({})} disabled={!Object.keys(changed).length}>Reset to the defaults</button>
    </fieldset>
  );
}

function PlanEditor({ exercise, plan, perSide, onChange }: { exercise: ExerciseId; plan: Plan | undefined; perSide: boolean; onChange: (p: Plan | undefined) => void }) {
  const p = plan ?? DEFAULT_PLAN;
  const { holdAtTop, testLength, tempo } = exerciseOptions(exercise);
  const holds = testLength ?? holdAtTop;
  const number = (key: 'sets' | 'reps' | 'restS', label: string, min: number, max: number) => (
    <label>
      {label}{' '}
      <NumberField min={min} max={max} step={1} value={p[key]} disabled={!plan} data-testid={`plan-${exercise}-${key}`}
        onCommit={(v) => onChange({ ...p, [key]: Math.round(v) })} />
    </label>
  );
  return (
    <fieldset className="settings-group">
      <legend>Programme</legend>
      <label>
        <input type="checkbox" checked={!!plan} onChange={(e) => onChange(e.target.checked ? defaultPlan(exercise, DEFAULT_PLAN) : undefined)} data-testid={`plan-${exercise}-on`} />
        {' '}Follow a plan
      </label>
      {number('sets', 'Sets', 1, 20)}
      {!testLength && number('reps', perSide ? 'Reps per side' : 'Reps', 1, 100)}
      {holds && (
        <label>
          {testLength ? 'Hold per side' : 'Hold at the top'}{' '}
          <select value={p.holdSeconds} disabled={!plan} onChange={(e) => onChange({ ...p, holdSeconds: Number(e.target.value) })}>
            {holds.choices.map((s) => <option key={s} value={s}>{s ? `${s} s` : 'none'}</option>)}
          </select>
        </label>
      )}
      {tempo && (
        <label>
          Tempo{' '}
          <select value={p.tempo?.join('-') ?? ''} disabled={!plan} onChange={(e) => onChange({ ...p, tempo: tempoFromValue(e.target.value) })}>
            <option value="">own pace</option>
            {tempo.map((t) => <option key={t.join('-')} value={t.join('-')}>{t.join(' : ')} s</option>)}
          </select>
        </label>
      )}
      {number('restS', 'Rest between sets (s)', 0, 600)}
    </fieldset>
  );
}

/** Model, camera, mirror, voice, fault limits and programme plans, all kept on this device. */
export function SettingsPage({ onExit }: { onExit: () => void }) {
  const { prefs, plans, setPrefs, setPlans, problem, loaded } = useSettings();
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    listCameras().then(setCameras, () => setCameras([]));
    return availableVoices(setVoices);
  }, []);
  const voice = (v: Partial<Preferences['voice']>) => setPrefs({ ...prefs, voice: { ...prefs.voice, ...v } });
  const resetAll = () => setPrefs({ ...prefs, thresholds: {} });

  return (
    <main className="page settings-page" data-testid="settings">
      <PageHeader title="Settings" onBack={onExit} />
      {problem && <p className="message error" role="alert">Settings cannot be saved on this device: {problem}</p>}
      {!loaded && <p role="status">Reading your settings…</p>}
      {loaded && <>
      <section className="settings-group" aria-labelledby="general">
        <h2 id="general">Camera and model</h2>
        <label>
          Pose model{' '}
          <select value={prefs.model} onChange={(e) => setPrefs({ ...prefs, model: e.target.value as ModelId | 'recommended' })} data-testid="settings-model">
            <option value="recommended">Recommended for each exercise</option>
            {Object.values(MODELS).map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
          </select>
        </label>
        <label>
          Camera{' '}
          <select value={prefs.camera} onChange={(e) => setPrefs({ ...prefs, camera: e.target.value })}>
            <option value="">Default camera</option>
            {cameras.map((c, i) => <option key={c.deviceId || i} value={c.deviceId}>{c.label || `Camera ${i + 1}`}</option>)}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={prefs.mirror} onChange={(e) => setPrefs({ ...prefs, mirror: e.target.checked })} data-testid="settings-mirror" />
          {' '}Mirror the picture (like a mirror; turn off to see it as others do)
        </label>
      </section>
      <section className="settings-group" aria-labelledby="voice">
        <h2 id="voice">Spoken cues</h2>
        <label>
          <input type="checkbox" checked={prefs.voice.enabled} onChange={(e) => voice({ enabled: e.target.checked })} data-testid="settings-voice" />
          {' '}Speak the cues
        </label>
        <label>
          Voice{' '}
          <select value={prefs.voice.name ?? ''} disabled={!prefs.voice.enabled} onChange={(e) => voice({ name: e.target.value || null })}>
            <option value="">The browser’s default</option>
            {voices.map((v) => <option key={v.name} value={v.name}>{v.name} ({v.lang})</option>)}
          </select>
        </label>
        <label>
          Speed{' '}
          <input type="range" min={0.6} max={1.6} step={0.05} value={prefs.voice.rate} disabled={!prefs.voice.enabled} onChange={(e) => voice({ rate: Number(e.target.value) })} />
          {' '}{prefs.voice.rate.toFixed(2)}x
        </label>
        <button type="button" disabled={!prefs.voice.enabled} onClick={() => new CueSpeaker(prefs.voice).say('test', 'Keep your hips level.')}>Try it</button>
        {voices.length === 0 && <p className="hint">This browser offers no voices to choose from; cues are still shown on screen.</p>}
      </section>
      <section aria-labelledby="exercises">
        <h2 id="exercises">Exercises</h2>
        <p className="hint">
          The fault limits start at the values in the app’s form specification, checked on recorded correct and incorrect
          reps. A physical therapist may set them tighter or looser for one person. Changes apply from the next set.
        </p>
        <button type="button" onClick={resetAll} disabled={!Object.keys(prefs.thresholds).length} data-testid="thresholds-reset-all">Reset every fault limit</button>
        {EXERCISES.map((ex) => (
          <details key={ex.id} className="settings-exercise" data-testid={`settings-${ex.id}`}>
            <summary>{ex.name}{prefs.thresholds[ex.id] ? ' · limits changed' : ''}{plans[ex.id] ? ' · plan' : ''}</summary>
            <PlanEditor exercise={ex.id} plan={plans[ex.id]} perSide={ex.perSide} onChange={(p) => {
              const next = { ...plans };
              if (p) next[ex.id] = p;
              else delete next[ex.id];
              setPlans(next);
            }} />
            <Thresholds exercise={ex.id} prefs={prefs} onChange={setPrefs} />
            {exerciseOptions(ex.id).ownReference && <SquatReferenceSetting />}
          </details>
        ))}
      </section>
      </>}
    </main>
  );
}
