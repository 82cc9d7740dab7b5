/**
 * Resolves in a task of its own, after the messages already waiting for this worker. A loop that
 * only awaits promises (a fresh camera frame always waiting, inference on WebAssembly) never lets
 * the worker take its messages, so calls from the page wait until the loop catches up with the
 * camera: over 60 s in 2 of 2 soak runs on a loaded 2-core machine (Chromium 156.0.8078.114), none
 * with this yield. MessageChannel, because setTimeout(0) is held back 4 ms once nested.
 */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
