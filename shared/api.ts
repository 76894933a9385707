// The Api: every operation the app can do, declared once. The engine implements it, and the three faces
// (desktop IPC, web host, CLI) carry it without re-declaring a single type.
import type {
  AppInfo,
  Conversation,
  ConversationPage,
  Settings,
  Source,
  SourceKind,
  SyncProgress,
  SyncSummary,
} from './model';

/** Method name → argument object and result. Arguments and results are plain serializable data. */
export interface ApiMethods {
  'app.info': { args: Record<string, never>; result: AppInfo };
  'sources.list': { args: Record<string, never>; result: Source[] };
  'sources.add': { args: { url: string; title?: string; kind?: SourceKind }; result: Source };
  'sources.remove': { args: { id: string }; result: { removed: boolean } };
  'sources.update': {
    args: { id: string; title?: string; kind?: SourceKind; paused?: boolean };
    result: Source;
  };
  /** Adds the sample sources shipped with the app (works with no network). */
  'sources.addSamples': { args: Record<string, never>; result: Source[] };
  'sync.run': { args: { sourceIds?: string[] }; result: SyncSummary };
  'sync.status': { args: Record<string, never>; result: SyncProgress };
  'conversations.list': {
    args: { sourceId?: string; query?: string; before?: string; limit?: number };
    result: ConversationPage;
  };
  'conversations.get': { args: { id: string }; result: Conversation | null };
  'settings.get': { args: Record<string, never>; result: Settings };
  'settings.set': { args: Partial<Settings>; result: Settings };
}

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
}
export type ApiEvent = keyof ApiEvents;
export const API_EVENTS = ['sync.progress', 'sources.changed', 'conversations.changed'] as const satisfies readonly ApiEvent[];

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

// ---- Argument shapes, checked at every trust boundary (IPC, HTTP, CLI) ----

type FieldType = 'string' | 'number' | 'boolean' | 'string[]' | 'kind';
interface Field {
  type: FieldType;
  optional?: boolean;
  /** For strings: the longest accepted. */
  max?: number;
}
type Shape = Record<string, Field>;

const id: Field = { type: 'string', max: 200 };
const none: Shape = {};

/** Every method with the shape of its argument object. Its keys are the one runtime list of Api methods. */
export const API_SHAPES = {
  'app.info': none,
  'sources.list': none,
  'sources.add': {
    url: { type: 'string', max: 4000 },
    title: { type: 'string', optional: true, max: 500 },
    kind: { type: 'kind', optional: true },
  },
  'sources.remove': { id },
  'sources.update': {
    id,
    title: { type: 'string', optional: true, max: 500 },
    kind: { type: 'kind', optional: true },
    paused: { type: 'boolean', optional: true },
  },
  'sources.addSamples': none,
  'sync.run': { sourceIds: { type: 'string[]', optional: true } },
  'sync.status': none,
  'conversations.list': {
    sourceId: { ...id, optional: true },
    query: { type: 'string', optional: true, max: 500 },
    before: { type: 'string', optional: true, max: 200 },
    limit: { type: 'number', optional: true },
  },
  'conversations.get': { id },
  'settings.get': none,
  'settings.set': {
    retentionDays: { type: 'number', optional: true },
    syncIntervalMinutes: { type: 'number', optional: true },
    briefTime: { type: 'string', optional: true, max: 5 },
    syncConcurrency: { type: 'number', optional: true },
  },
} as const satisfies Record<ApiMethod, Shape>;

export const API_METHODS = Object.keys(API_SHAPES) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API_SHAPES, name);
}

function checkField(name: string, field: Field, value: unknown): string | null {
  if (value === undefined) return field.optional ? null : `“${name}” is missing.`;
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return `“${name}” should be text.`;
      if (field.max !== undefined && value.length > field.max) return `“${name}” is too long.`;
      return null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `“${name}” should be a number.`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `“${name}” should be yes or no.`;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length <= 200)
        ? null
        : `“${name}” should be a list of names.`;
    case 'kind':
      return value === 'search' || value === 'general' ? null : `“${name}” should be "search" or "general".`;
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
  const shape: Shape = API_SHAPES[method];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in shape)) throw new ApiError(`“${method}” does not take “${key}”.`, 'invalid');
  }
  for (const [name, field] of Object.entries(shape)) {
    const problem = checkField(name, field, record[name]);
    if (problem) throw new ApiError(problem, 'invalid');
  }
  return record as ApiArgs<K>;
}
