import { ClipError, type ClipErrorInfo } from '../../shared/clip';

/** Any failure of a clip analysis as the typed error the UI shows. */
export function clipErrorInfo(err: unknown): ClipErrorInfo {
  if (err instanceof ClipError) return err.toInfo();
  if (err instanceof Error && (err.name === 'ModelFileError' || err.name === 'BackendError')) {
    return { kind: 'model', message: err.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'corrupt', message: `The video could not be decoded: ${message}` };
}
