import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { plainError } from '../../renderer/src/state/errors';

describe('errors the user sees', () => {
  it('keeps the engine’s plain sentences, also when the desktop IPC wrapped them', () => {
    expect(plainError(new ApiError('This source couldn’t be reached.'))).toBe('This source couldn’t be reached.');
    expect(
      plainError(new Error("Error invoking remote method 'api:sources.add': ApiError: This address is not a web address.")),
    ).toBe('This address is not a web address.');
  });

  it('never shows technical detail', () => {
    expect(plainError(new TypeError("Cannot read properties of undefined (reading 'x')"), 'Fallback.')).toBe('Fallback.');
    expect(plainError(new Error('connect ECONNREFUSED 127.0.0.1:80'), 'Fallback.')).toBe('Fallback.');
    expect(plainError("Error invoking remote method 'api:x': Error: SQLITE_BUSY.", 'Fallback.')).toBe('Fallback.');
    expect(plainError(undefined, 'Fallback.')).toBe('Fallback.');
  });
});
