// Where the focus goes after an action that swaps or removes the control it was on. Without these it falls to the
// top of the page (App's useFocusKeptInPage catches it at <main>, a last resort), and a keyboard or screen-reader
// user loses their place each time. Each move happens only when the focus was lost: never away from a place the
// person has gone to meanwhile.
import { useLayoutEffect, useRef } from 'react';
import type { FocusEvent, RefObject } from 'react';

/** What can take the focus in a row, in page order; the first one is the row's "first control". */
const CONTROLS = 'button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/**
 * The focus went nowhere: its control just left the page. `orAtMain`: or App's last resort has already caught it
 * at <main>, for a move made a while after the loss (a row that goes only once the engine has answered).
 */
export function focusLost({ orAtMain = false } = {}): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (orAtMain && active.id === 'main');
}

/** The control that last had the focus, wherever it was: "did the focus go with this change?" asks after it. */
let lastFocused: Element | null = null;
let watching = false;
function watchFocus(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener('focusin', (e) => (lastFocused = e.target as Element), true);
}

export function firstControl(within: Element | null | undefined): HTMLElement | null {
  return within?.querySelector<HTMLElement>(CONTROLS) ?? null;
}

/**
 * When `value` changes (a form closed, Keep became Let it go) and the control that had the focus went with the
 * change, focus what `target` gives. A focus lost some other way (a row hidden, a click on bare page) is left
 * alone. Layout effect: it runs before App's last resort sees the lost focus.
 */
export function useFocusOnChange(value: unknown, target: () => HTMLElement | null | undefined): void {
  watchFocus();
  const last = useRef(value);
  useLayoutEffect(() => {
    if (Object.is(last.current, value)) return;
    last.current = value;
    if (focusLost() && lastFocused && !lastFocused.isConnected) target()?.focus();
  });
}

/**
 * A list whose rows can be removed from inside (Remove, Let it go, a move to another group): when a row goes
 * with the focus in it, the focus goes to the row now in its place (the next one), else the new last row, else
 * to `fallback(key of the row gone)` (the list's heading, say). Spread the returned props on the list element;
 * `keys` are its rows' keys, in order.
 */
export function useFocusAfterRemoval<T extends HTMLElement>(keys: readonly string[], fallback: (gone: string) => HTMLElement | null | undefined) {
  const ref = useRef<T>(null);
  const inside = useRef<Element | null>(null);
  const before = useRef(keys);
  useLayoutEffect(() => {
    const was = before.current;
    before.current = keys;
    const gone = was.findIndex((k) => !keys.includes(k));
    // Only when the focused control itself went: a row removed elsewhere (a sync, another window) moves nothing.
    if (gone < 0 || !inside.current || inside.current.isConnected || !focusLost({ orAtMain: true })) return;
    inside.current = null;
    const rows = ref.current ? [...ref.current.children] : [];
    const row = rows[Math.min(gone, rows.length - 1)];
    (firstControl(row) ?? fallback(was[gone]!))?.focus();
  });
  const onFocus = (e: FocusEvent) => {
    inside.current = e.target;
  };
  // The person moved the focus out of the list (a removal moves it nowhere): a row going later pulls nothing back.
  const onBlur = (e: FocusEvent) => {
    if (e.relatedTarget && !ref.current?.contains(e.relatedTarget as Node)) inside.current = null;
  };
  return { ref: ref as RefObject<T>, onFocus, onBlur };
}

interface WhenShown {
  /** Gives up after this long (ms). */
  giveUpAfterMs?: number;
  /** Events that say the person has gone on to something of their own: the focus is theirs again. */
  giveUpOn?: ReadonlyArray<'keydown' | 'pointerdown' | 'focusin'>;
  preventScroll?: boolean;
}

/**
 * Once `find` gives an element (a screen may fetch first, then draw), the focus goes to it; unless the person
 * has gone on to something of their own first, or a while has passed. Returns the undo (stops waiting).
 */
export function focusWhenShown(
  find: () => HTMLElement | null | undefined,
  { giveUpAfterMs = 5000, giveUpOn = ['keydown', 'pointerdown'], preventScroll = false }: WhenShown = {},
): () => void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return () => {};
  const done = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const event of giveUpOn) document.removeEventListener(event, done, true);
  };
  const tryNow = () => {
    const el = find();
    if (!el) return;
    done();
    el.focus({ preventScroll });
  };
  const observer = new MutationObserver(tryNow);
  const timer = setTimeout(done, giveUpAfterMs);
  observer.observe(document.body, { childList: true, subtree: true });
  for (const event of giveUpOn) document.addEventListener(event, done, true);
  tryNow();
  return done;
}

/**
 * "Read it" on another screen, or a brief item: once the conversation shows in the reading pane, the focus goes
 * to its title, so a screen reader says what opened and Tab goes on from there.
 */
export function focusReadingTitle(conversationId: string, giveUpAfterMs = 5000): void {
  focusWhenShown(
    () => {
      const pane = document.getElementById('reading');
      return pane?.dataset.conversation === conversationId ? pane.querySelector<HTMLElement>('#reading-title') : null;
    },
    { giveUpAfterMs },
  );
}
