import type { ApiEvent, ApiEvents } from '../../../shared/api';
import type { Listener } from '../types';

/** A small typed event hub for the Api's push events. A listener that throws never stops the others. */
export class EventHub {
  private readonly listeners = new Map<ApiEvent, Set<(payload: never) => void>>();

  on<E extends ApiEvent>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E], onError?: (err: unknown) => void): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        (listener as Listener<E>)(payload);
      } catch (err) {
        onError?.(err);
      }
    }
  }
}
