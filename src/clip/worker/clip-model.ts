import type { BackendName } from '../../engine/backend';
import type { ClipRequest } from '../contract';
import type { PoseModel } from '../../engine/detector';
import { loadFastestModel } from '../../engine/model-loader';
import { PeopleCounter } from '../../engine/people-counter';
import { VerifiedModelStore } from '../../engine/verified-model';

export interface ClipModel {
  model: PoseModel;
  backend: BackendName;
  /** Null when the people counter could not load: people then go uncounted. */
  people: PeopleCounter | null;
}

/**
 * The pose model (and people counter) a clip worker keeps between clips while the model stays the
 * same. A load in progress is shared, so preparing ahead of the first clip never loads twice.
 */
export class ClipModelCache {
  private loading: { key: string; model: Promise<ClipModel> } | null = null;

  async get(request: Pick<ClipRequest, 'model' | 'backend' | 'modelsUrl'>): Promise<ClipModel> {
    const key = `${request.model}/${request.backend}`;
    if (this.loading?.key !== key) {
      const previous = this.loading?.model;
      this.loading = { key, model: this.load(request, previous) };
      this.loading.model.catch(() => (this.loading = null));
    }
    const loaded = await this.loading.model;
    loaded.model.reset();
    return loaded;
  }

  private async load(request: Pick<ClipRequest, 'model' | 'backend' | 'modelsUrl'>, previous: Promise<ClipModel> | undefined): Promise<ClipModel> {
    const old = await previous?.catch(() => null);
    old?.model.dispose();
    const store = new VerifiedModelStore(request.modelsUrl);
    const { model, backend } = await loadFastestModel(request.model, request.backend, store);
    const people = old?.people ?? (await PeopleCounter.create(store).catch((err: unknown) => {
      console.warn('People counter unavailable:', err);
      return null;
    }));
    return { model, backend, people };
  }
}
