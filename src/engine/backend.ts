import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

export type BackendName = 'wasm' | 'webgl' | 'webgpu';
export type BackendChoice = BackendName | 'auto';

export interface BackendCandidate {
  name: BackendName;
  /** Why the backend was not tried, e.g. a software renderer. */
  skipped?: string;
  /** Skipped because the GPU is emulated in software: slow, but the last resort when nothing else runs. */
  softwareGpu?: true;
  /** Median ms per inference in the start-up benchmark; it runs only when there is more than one candidate. */
  msPerFrame?: number;
  /** Taken although slow (emulated graphics), because nothing else could run; says why the others could not. */
  lastResort?: string;
}

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
});

/**
 * Threads the WASM backend may use in this worker; call before the backend starts. By default tfjs
 * takes half the cores in every worker, so several workers would ask for more threads than cores.
 */
export function limitWasmThreads(threads: number): void {
  setThreadsCount(Math.max(1, Math.floor(threads)));
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|software|basic render/i;
const softwareGpu = (skipped: string): Pick<BackendCandidate, 'skipped' | 'softwareGpu'> => ({ skipped, softwareGpu: true });

/** Software GPU emulation is 8-50x slower than WASM here, so it is never a candidate. */
async function gpuProblem(name: 'webgl' | 'webgpu'): Promise<Pick<BackendCandidate, 'skipped' | 'softwareGpu'>> {
  if (name === 'webgl') {
    if (typeof OffscreenCanvas === 'undefined') return { skipped: 'no OffscreenCanvas' };
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return { skipped: 'WebGL 2 unavailable' };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_RENDERER.test(renderer) ? softwareGpu(`software renderer (${renderer})`) : {};
  }
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info?: { isFallbackAdapter?: boolean; description?: string }; isFallbackAdapter?: boolean } | null> } }).gpu;
  if (!gpu) return { skipped: 'WebGPU unavailable' };
  const adapter = await gpu.requestAdapter().catch(() => null);
  if (!adapter) return { skipped: 'no WebGPU adapter' };
  if (adapter.isFallbackAdapter || adapter.info?.isFallbackAdapter) return softwareGpu('software (fallback) adapter');
  return {};
}

export async function activate(name: BackendName): Promise<void> {
  if (name === 'wasm' && typeof WebAssembly === 'undefined') {
    throw new Error('WebAssembly is switched off in this browser (a strict security mode or a policy turns it off)');
  }
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`The ${name.toUpperCase()} backend could not start in this browser.`);
  await tf.ready();
}

/**
 * Which backends are worth benchmarking. WASM is always the baseline; a GPU backend joins only
 * when it is hardware-backed (or forced).
 */
export async function candidates(choice: BackendChoice): Promise<BackendCandidate[]> {
  if (choice !== 'auto') return [{ name: choice }];
  const list: BackendCandidate[] = [{ name: 'wasm' }];
  for (const name of ['webgl', 'webgpu'] as const) list.push({ name, ...(await gpuProblem(name)) });
  return list;
}
