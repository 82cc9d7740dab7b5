import type { BackendName } from './backend';
import type { ClipRequest } from './clip-worker-api';
import type { PoseModel } from './detector';
import { loadFastestModel } from './model-loader';
import { PeopleCounter } from './people-counter';
import { VerifiedModelStore } from './verified-model';

export interface ClipModel {
  model: PoseModel;
  backend: BackendName;
  /** Null when the people counter could not load: people then go uncounted. */
  people: PeopleCounter | null;
}

/** The pose model (and people counter) a clip worker keeps between clips while the model stays the same. */
export class ClipModelCache {
  private loaded: (ClipModel & { key: string }) | null = null;
  private people: PeopleCounter | null = null;

  async get(request: Pick<ClipRequest, 'model' | 'backend' | 'modelsUrl'>): Promise<ClipModel> {
    const key = `${request.model}/${request.backend}`;
    if (this.loaded?.key !== key) {
      this.loaded?.model.dispose();
      this.loaded = null;
      const store = new VerifiedModelStore(request.modelsUrl);
      const { model, backend } = await loadFastestModel(request.model, request.backend, store);
      this.people ??= await PeopleCounter.create(store).catch(() => null);
      this.loaded = { model, backend, people: this.people, key };
    }
    this.loaded.model.reset();
    return this.loaded;
  }
}
