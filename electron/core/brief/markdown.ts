// Small Markdown helpers for the brief's words: safe links, customer words as quotes, word counting.

/** Customer words, on one line, with quotation marks of their own turned into plain ones so ours stay clear. */
export function cleanQuote(text: string, max = 220): string {
  let t = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[“”"„]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length > max) {
    const cut = t.slice(0, max);
    const space = cut.lastIndexOf(' ');
    t = (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '') + '…';
  }
  return t;
}

/** Text shown as a link: one line, brackets escaped, clipped. */
export function linkText(text: string, max = 90): string {
  return cleanQuote(text, max).replace(/([[\]\\*_`])/g, '\\$1') || 'Untitled';
}

/** A Markdown link; an address with spaces or parentheses is wrapped in <…>. Without an address, plain text. */
export function mdLink(text: string, url: string | null, max = 90): string {
  const label = linkText(text, max);
  if (!url) return label;
  const safe = /[\s()<>]/.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : url;
  return `[${label}](${safe})`;
}

/** Words the way the brief's length is judged: letters-led words, addresses left out. */
export function wordCount(markdown: string): number {
  return (markdown.replace(/https?:\/\/\S+/g, ' ').match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
}

/** "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A stable pick among variants, so the same brief always reads the same, and different days differ. */
export function variant<T>(seed: string, options: readonly T[]): T {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  // A final mix: FNV's low bits barely change with the last character, and seeds differ mostly there.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return options[(h >>> 0) % options.length]!;
}
