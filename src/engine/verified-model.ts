import * as tf from '@tensorflow/tfjs-core';

export class ModelFileError extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
    this.name = 'ModelFileError';
  }
}

interface ModelManifest {
  files: Record<string, string>;
}

async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Loads graph models from the app's own /models/ folder and checks every file against the
 * SHA-256 sums in models/manifest.json before tfjs sees it, so missing or damaged weights
 * fail with a message naming the file instead of a shape error deep inside tfjs.
 */
export class VerifiedModelStore {
  private manifest: Promise<ModelManifest> | null = null;

  constructor(private readonly baseUrl: string) {}

  private getManifest(): Promise<ModelManifest> {
    this.manifest ??= this.fetchBytes('manifest.json').then(
      (buf) => JSON.parse(new TextDecoder().decode(buf)) as ModelManifest,
    );
    return this.manifest;
  }

  private async fetchBytes(name: string): Promise<ArrayBuffer> {
    let res: Response;
    try {
      res = await fetch(new URL(name, this.baseUrl));
    } catch {
      throw new ModelFileError(name, `Model file models/${name} could not be loaded (network error).`);
    }
    if (!res.ok) throw new ModelFileError(name, `Model file models/${name} is missing (HTTP ${res.status}). Reinstall the app's models with npm install.`);
    return res.arrayBuffer();
  }

  private async fetchVerified(name: string): Promise<ArrayBuffer> {
    const [manifest, data] = await Promise.all([this.getManifest(), this.fetchBytes(name)]);
    const expected = manifest.files[name];
    if (!expected) throw new ModelFileError(name, `Model file models/${name} is not listed in models/manifest.json.`);
    if ((await sha256Hex(data)) !== expected) {
      throw new ModelFileError(name, `Model file models/${name} is corrupt (its checksum does not match). Reinstall the app's models with npm install.`);
    }
    return data;
  }

  handler(modelJsonName: string): tf.io.IOHandler {
    return {
      load: async () => {
        const json = JSON.parse(new TextDecoder().decode(await this.fetchVerified(modelJsonName))) as tf.io.ModelJSON;
        return tf.io.getModelArtifactsForJSON(json, async (groups) => {
          const specs = groups.flatMap((g) => g.weights);
          const buffers = await Promise.all(groups.flatMap((g) => g.paths).map((p) => this.fetchVerified(p)));
          return [specs, tf.io.concatenateArrayBuffers(buffers)];
        });
      },
    };
  }
}
