// A Core whose every Api method is a spy answering `{ called: <method> }`, with events fired by hand.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { API_METHODS, type Api, type ApiEvent, type ApiEvents } from '../../shared/api';
import type { Core } from '../../electron/core/types';
import type { Log } from '../../electron/core/log';

export function fakeCore() {
  const events = new EventEmitter();
  const api = Object.fromEntries(API_METHODS.map((m) => [m, vi.fn(async (_args: unknown) => ({ called: m }))]));
  const core = {
    // The spies are typed loosely on purpose: tests make them answer or throw whatever they need.
    api: api as unknown as Api,
    spies: api as Record<string, ReturnType<typeof vi.fn>>,
    on: vi.fn(<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void) => {
      events.on(event, listener);
      return () => events.off(event, listener);
    }),
    emit: <E extends ApiEvent>(event: E, payload: ApiEvents[E]) => events.emit(event, payload),
    listenerCount: (event: ApiEvent) => events.listenerCount(event),
    storeNotice: null,
    idle: vi.fn(async () => {}),
    close: vi.fn(async () => {}),
  };
  return core satisfies Core;
}

export function spyLog() {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies Log;
}
