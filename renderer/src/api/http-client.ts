// The Api over HTTP to the web host: POST /api/<method> for calls, Server-Sent Events for pushed events.
import { API_EVENTS, API_METHODS, ApiError } from '../../../shared/api';
import type { Api, ApiEvent, ApiEvents, ApiMethod } from '../../../shared/api';
import type { Bridge } from '../../../shared/bridge';

export interface HttpClientOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof globalThis.fetch;
  /** Injected so tests can run without a real EventSource. */
  eventSource?: (url: string) => EventSource;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: { message: string; code?: ApiError['code'] } };

const UNREACHABLE = "Earshot's engine couldn't be reached. Is it still running?";

export function createHttpClient(opts: HttpClientOptions): Bridge {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);

  async function call(method: ApiMethod, args: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await doFetch(`${opts.baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${opts.token}` },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      throw new ApiError(UNREACHABLE);
    }
    if (res.status === 401) throw new ApiError('This page has lost its key to Earshot. Open the address Earshot printed again.');
    let reply: Reply;
    try {
      reply = (await res.json()) as Reply;
    } catch {
      throw new ApiError(UNREACHABLE);
    }
    if (reply.ok) return reply.value;
    throw new ApiError(reply.error.message, reply.error.code ?? 'failed');
  }

  const api = Object.fromEntries(API_METHODS.map((m) => [m, (args: unknown) => call(m, args)])) as unknown as Api;

  // One EventSource for all events, opened on the first subscription.
  let source: EventSource | null = null;
  const listeners = new Map<ApiEvent, Set<(payload: never) => void>>();

  function open(): void {
    if (source) return;
    const url = `${opts.baseUrl}/api/events?token=${encodeURIComponent(opts.token)}`;
    source = opts.eventSource ? opts.eventSource(url) : new EventSource(url);
    for (const event of API_EVENTS) {
      source.addEventListener(event, (e) => {
        let payload: unknown;
        try {
          payload = JSON.parse((e as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const fn of listeners.get(event) ?? []) (fn as (p: unknown) => void)(payload);
      });
    }
  }

  function on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
    open();
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    const fn = listener as (payload: never) => void;
    set.add(fn);
    return () => {
      set.delete(fn);
    };
  }

  return { api, on };
}
