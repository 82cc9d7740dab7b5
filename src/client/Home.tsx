import { useEffect, useState } from 'react';
import { EXERCISES } from '../shared/exercises';
import { DEFAULT_MODEL, MODELS, type ModelId } from '../shared/models';
import { CameraDiagram } from './CameraDiagram';
import { listCameras } from './camera';
import type { LiveRoute } from './route';

export function Home({ onStart }: { onStart: (route: LiveRoute) => void }) {
  const [model, setModel] = useState<ModelId>(DEFAULT_MODEL);
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [camera, setCamera] = useState('');

  useEffect(() => {
    listCameras().then(setCameras, () => setCameras([]));
  }, []);

  return (
    <main className="home">
      <header>
        <h1>Form Check</h1>
        <p className="tagline">Live cues and a rep counter from your camera. Everything runs on this device; no video leaves it.</p>
      </header>
      <section className="settings" aria-label="Settings">
        <label>
          Pose model
          <select value={model} onChange={(e) => setModel(e.target.value as ModelId)}>
            {Object.values(MODELS).map((m) => (
              <option key={m.id} value={m.id}>{m.label}</option>
            ))}
          </select>
        </label>
        <label>
          Camera
          <select value={camera} onChange={(e) => setCamera(e.target.value)}>
            <option value="">Default camera</option>
            {cameras.map((c, i) => (
              <option key={c.deviceId || i} value={c.deviceId}>{c.label || `Camera ${i + 1}`}</option>
            ))}
          </select>
        </label>
      </section>
      <section className="exercise-list" aria-label="Exercises">
        {EXERCISES.map((ex) => (
          <article key={ex.id} className="exercise-card">
            <CameraDiagram view={ex.view} />
            <div>
              <h2>{ex.name}</h2>
              <p>{ex.description}</p>
              <p className="hint"><strong>Camera:</strong> {ex.setupHint}</p>
              <button
                type="button"
                onClick={() => onStart({ exercise: ex.id, model, backend: 'auto', camera: camera || undefined })}
              >
                Start {ex.name.toLowerCase()}
              </button>
            </div>
          </article>
        ))}
      </section>
    </main>
  );
}
