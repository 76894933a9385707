// Turns whatever an Api call threw into a sentence the user can read.
import { ApiError } from '../../../shared/api';

// Electron wraps errors thrown in ipcMain.handle: "Error invoking remote method 'api:x': ApiError: The sentence."
const IPC_WRAPPED = /^Error invoking remote method '[^']*': (?:\w*Error: )?(.*)$/s;

const isSentence = (text: string): boolean => /^[A-Z“"‘'].*[.!?]$/s.test(text) && text.length < 300;

export function plainError(err: unknown, fallback = 'Something went wrong. Please try again.'): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) {
    const inner = IPC_WRAPPED.exec(err.message)?.[1] ?? err.message;
    // Only sentences meant for people get through; stack-ish technical text stays in the log.
    if (err.name === 'ApiError' || IPC_WRAPPED.test(err.message) || err.name === 'Error') {
      if (isSentence(inner) && !/\b(at |errno|ENOENT|ECONN|SQLITE|TypeError|undefined)\b/.test(inner)) return inner;
    }
  }
  return fallback;
}
