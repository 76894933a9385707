import { decodeHTML } from 'entities';

/** Plain text from (already sanitized) HTML: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  if (!html) return '';
  const withBreaks = html.replace(/<(br|\/p|\/div|\/li|\/h[1-6]|\/blockquote)\b[^>]*>/gi, ' ');
  return collapseSpace(decodeHTML(withBreaks.replace(/<[^>]*>/g, ''))).trim();
}

/**
 * Runs of white space (any, Unicode's included) as one space. Folding writes a new string at every space; most
 * text has single spaces only, which one test finds.
 */
export function collapseSpace(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '') + '…';
}
