/** The pose models the app can run, all served from the app's own origin under /models/. */
export type ModelId = 'movenet-lightning' | 'movenet-thunder' | 'blazepose-lite' | 'blazepose-full';

export interface ModelInfo {
  id: ModelId;
  label: string;
  family: 'movenet' | 'blazepose';
  /** Graph-model JSON files (relative to the models folder) the model needs. */
  files: { model: string; detector?: string };
  /** Gives heels and toes (needed by heel-lift and foot-strike checks). */
  hasFeet: boolean;
}

export const MODELS: Record<ModelId, ModelInfo> = {
  'movenet-lightning': {
    id: 'movenet-lightning', label: 'MoveNet Lightning (fast)', family: 'movenet',
    files: { model: 'movenet-lightning.json' }, hasFeet: false,
  },
  'movenet-thunder': {
    id: 'movenet-thunder', label: 'MoveNet Thunder (accurate, slower)', family: 'movenet',
    files: { model: 'movenet-thunder.json' }, hasFeet: false,
  },
  'blazepose-lite': {
    id: 'blazepose-lite', label: 'BlazePose lite (feet)', family: 'blazepose',
    files: { model: 'blazepose-lite.json', detector: 'blazepose-detector.json' }, hasFeet: true,
  },
  'blazepose-full': {
    id: 'blazepose-full', label: 'BlazePose full (feet, slower)', family: 'blazepose',
    files: { model: 'blazepose-full.json', detector: 'blazepose-detector.json' }, hasFeet: true,
  },
};

export const DEFAULT_MODEL: ModelId = 'movenet-lightning';

export const isModelId = (v: unknown): v is ModelId => typeof v === 'string' && v in MODELS;
