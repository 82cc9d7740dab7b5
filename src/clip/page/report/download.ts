/** Saving report files: a Blob offered as a download under a given file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Not revoked at once: some browsers start reading the URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const downloadText = (text: string, type: string, fileName: string): void =>
  downloadBlob(new Blob([text], { type }), fileName);

function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be encoded.'))), 'image/png'));
}

export async function downloadCanvas(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  downloadBlob(await canvasPng(canvas), fileName);
}
