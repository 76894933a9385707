// Folding text for matching: lower case, accents removed ("Zürich" → "zurich"), one UTF-16 unit for one unit,
// so a range found in the folded text is the same range in the original (for highlighting).

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const lower = ch.toLowerCase();
    // Keep the length: a character that folds to more or fewer units stays as its lower case (or itself).
    folded = bare.length === ch.length ? bare : lower.length === ch.length ? lower : ch;
    if (cache.size < 10_000) cache.set(ch, folded);
  }
  return folded;
}

/** Lower case without accents, the same length as `text`. */
export function fold(text: string): string {
  // ASCII is lower-cased in runs, each other UTF-16 unit folded alone (a surrogate half stays as it is). Most
  // texts are ASCII but for a "…" or "’", so the runs between those are cut out rather than matched.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue;
    out += text.slice(from, i).toLowerCase() + foldChar(text[i]!);
    from = i + 1;
  }
  return from === 0 ? text.toLowerCase() : out + text.slice(from).toLowerCase();
}

/** One UTF-16 unit as fold() folds it: fold keeps the length, so each unit folds to one unit on its own. */
export function foldUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code | 32 : code;
  return foldChar(String.fromCharCode(code)).charCodeAt(0);
}
