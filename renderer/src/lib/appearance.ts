// Light or dark: follow the system (the default), or the person's own choice. The choice belongs to this computer's
// window, not to the engine's data, so it is kept in localStorage and shown as data-appearance on the root element,
// which the style sheet reads (no style is ever written from data).

export type Appearance = 'system' | 'light' | 'dark';
export const APPEARANCES: readonly Appearance[] = ['system', 'light', 'dark'];
const KEY = 'earshot.appearance';

export function storedAppearance(): Appearance {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return APPEARANCES.includes(value as Appearance) ? (value as Appearance) : 'system';
  } catch {
    return 'system'; // storage refused (private window): follow the system
  }
}

export function storeAppearance(appearance: Appearance): void {
  try {
    if (appearance === 'system') globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, appearance);
  } catch {
    // Not kept for next time; this window still shows it.
  }
}

/** Shows the appearance on the page: no attribute means "follow the system". */
export function applyAppearance(appearance: Appearance, root: HTMLElement | undefined = globalThis.document?.documentElement): void {
  if (!root) return;
  if (appearance === 'system') root.removeAttribute('data-appearance');
  else root.setAttribute('data-appearance', appearance);
}
