// The keyboard map, as plain data and one pure function, so the help overlay and the handler never disagree.

export type KeyAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'bookmark'
  | 'forward'
  | 'search'
  | 'go-brief'
  | 'go-conversations'
  | 'go-sources'
  | 'help'
  | 'close';

export const SHORTCUTS: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: 'j', does: 'Next conversation' },
  { keys: 'k', does: 'Previous conversation' },
  { keys: 'o or Enter', does: 'Open the conversation' },
  { keys: 'b', does: 'Keep it (or let it go)' },
  { keys: 'f', does: 'Forward it to someone' },
  { keys: '/', does: 'Search' },
  { keys: 'g then b', does: 'The morning brief' },
  { keys: 'g then c', does: 'Conversations' },
  { keys: 'g then s', does: 'Sources' },
  { keys: 'Alt+← and Alt+→', does: 'Back and forward between screens' },
  { keys: '?', does: 'This help' },
  { keys: 'Esc', does: 'Close this help' },
];

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** How long after "g" the second key still counts, ms. */
export const CHORD_MS = 1500;

/**
 * The action for a key press, given whether "g" was pressed just before. Returns 'chord' when the key starts
 * a two-key shortcut, null when the key means nothing here (so the browser keeps it).
 */
export function keyAction(input: KeyInput, afterG: boolean): KeyAction | 'chord' | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (afterG) {
    if (input.key === 'b') return 'go-brief';
    if (input.key === 'c') return 'go-conversations';
    if (input.key === 's') return 'go-sources';
    return null;
  }
  switch (input.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'o':
    case 'Enter':
      return 'open';
    case 'b':
      return 'bookmark';
    case 'f':
      return 'forward';
    case '/':
      return 'search';
    case '?':
      return 'help';
    case 'Escape':
      return 'close';
    case 'g':
      return 'chord';
    default:
      return null;
  }
}

/** True when the key belongs to what the user is typing or pressing, not to the app. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!el?.tagName) return false;
  return el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** Where a letter is typing, not a key for the app. */
const TEXT_FIELDS = 'input, select, textarea, [contenteditable]';

/**
 * Whether the app's one-letter keys may act on a key pressed at `target` (WCAG 2.1.4: active only where the list
 * and the reader have the focus): on the page itself with nothing in particular (or the screen's heading)
 * focused, or anywhere in the list or the reading pane but a text field — its own buttons too, so Keep clicked
 * and then j goes on to the next. Anywhere else — a header button, a form — a stray letter does nothing. "?" is
 * not held to this.
 */
export function keysWorkAt(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target === document.body || target === document.documentElement || target.id === 'main') return true;
  // The screen's heading, focused on arriving from the navigation: the page itself, as far as keys go.
  if (target.matches('main h1')) return true;
  return target.closest('.split') !== null && !target.matches(TEXT_FIELDS);
}

/** The id after (or before) `current` in `ids`; the first (or last) when nothing is selected yet. */
export function step(ids: readonly string[], current: string | null, delta: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = current ? ids.indexOf(current) : -1;
  if (at < 0) return delta === 1 ? ids[0]! : ids[ids.length - 1]!;
  return ids[Math.max(0, Math.min(ids.length - 1, at + delta))]!;
}
