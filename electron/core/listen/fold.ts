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
  // Fast path: plain ASCII folds by lower-casing alone.
  // eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  // ASCII capitals lower-cased in runs; any other character folded alone (a surrogate half stays as it is).
  // eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
  return text.replace(/[A-Z]+|[^\x00-\x7f]/g, (m) => (m.charCodeAt(0) < 128 ? m.toLowerCase() : foldChar(m)));
}
