// The Api: every operation the app can do, declared once. The engine implements it, and the three faces
// (desktop IPC, web host, CLI) carry it without re-declaring a single type.
// Each area declares its methods and their argument shapes in its own file (shared/api-<area>.ts).
import { MAX_LIST_ENTRY, type Field, type Shape } from './api-shape';
import { BRIEF_SHAPES, type BriefMethods } from './api-brief';
import { FOLLOW_SHAPES, type FollowMethods } from './api-follow';
import { LISTEN_SHAPES, type ListenMethods } from './api-listen';
import { READ_SHAPES, type ReadMethods } from './api-read';
import { SOURCES_SHAPES, type SourcesMethods } from './api-sources';
import type { SyncProgress } from './model';

/** Method name → argument object and result. Arguments and results are plain serializable data. */
export interface ApiMethods extends SourcesMethods, ListenMethods, BriefMethods, FollowMethods, ReadMethods {}

export type ApiMethod = keyof ApiMethods;
export type ApiArgs<K extends ApiMethod> = ApiMethods[K]['args'];
export type ApiResult<K extends ApiMethod> = ApiMethods[K]['result'];

/** The Api as an object of async functions: what the engine implements and what the renderer calls. */
export type Api = { [K in ApiMethod]: (args: ApiArgs<K>) => Promise<ApiResult<K>> };

/** Events pushed from the engine to whoever listens. */
export interface ApiEvents {
  'sync.progress': SyncProgress;
  'sources.changed': Record<string, never>;
  'conversations.changed': Record<string, never>;
  /** A new morning brief is ready to read. */
  'brief.ready': { id: string };
  /** Bookmarks, people or forwards changed. */
  'follow.changed': Record<string, never>;
}
export type ApiEvent = keyof ApiEvents;
export const API_EVENTS = [
  'sync.progress',
  'sources.changed',
  'conversations.changed',
  'brief.ready',
  'follow.changed',
] as const satisfies readonly ApiEvent[];

/** An error meant for the user: its message is a plain sentence. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: 'invalid' | 'not-found' | 'failed' = 'failed',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Every method with the shape of its argument object. Its keys are the one runtime list of Api methods. */
export const API_SHAPES: Record<ApiMethod, Shape> = {
  ...SOURCES_SHAPES,
  ...LISTEN_SHAPES,
  ...BRIEF_SHAPES,
  ...FOLLOW_SHAPES,
  ...READ_SHAPES,
};

export const API_METHODS = Object.keys(API_SHAPES) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API_SHAPES, name);
}

function checkField(name: string, field: Field, value: unknown): string | null {
  if (value === undefined) return field.optional ? null : `“${name}” is missing.`;
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return `“${name}” should be text.`;
      return field.max !== undefined && value.length > field.max ? `“${name}” is too long.` : null;
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `“${name}” should be a number.`;
      if (field.type === 'integer' && !Number.isInteger(value)) return `“${name}” should be a whole number.`;
      if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
        return `“${name}” should be between ${field.min ?? '…'} and ${field.max ?? '…'}.`;
      }
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : `“${name}” should be yes or no.`;
    case 'string[]':
      return Array.isArray(value) &&
        value.every((v) => typeof v === 'string' && v.length <= MAX_LIST_ENTRY) &&
        (field.max === undefined || value.length <= field.max)
        ? null
        : `“${name}” should be a list of names.`;
    case 'enum':
      return typeof value === 'string' && field.values.includes(value)
        ? null
        : `“${name}” should be one of: ${field.values.map((v) => `"${v}"`).join(', ')}.`;
  }
}

/**
 * Checks a method's argument object against its shape; throws an ApiError with a plain message.
 * Unknown fields are refused too, so a face cannot smuggle extra data into the engine.
 */
export function validateArgs<K extends ApiMethod>(method: K, args: unknown): ApiArgs<K> {
  if (!isApiMethod(method)) throw new ApiError(`Earshot has no action called “${String(method)}”.`, 'invalid');
  const value = args === undefined || args === null ? {} : args;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ApiError(`The details for “${method}” were not understood.`, 'invalid');
  }
  const shape = API_SHAPES[method];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.prototype.hasOwnProperty.call(shape, key)) throw new ApiError(`“${method}” does not take “${key}”.`, 'invalid');
  }
  for (const [name, field] of Object.entries(shape)) {
    const problem = checkField(name, field, record[name]);
    if (problem) throw new ApiError(problem, 'invalid');
  }
  return record as ApiArgs<K>;
}
