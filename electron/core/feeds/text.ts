// Text helpers for the parse step: entity decoding, tag stripping, escaping, URL resolution.
import { decodeHTMLAttribute } from 'entities';
import { replaceCodePoint } from 'entities/decode';

/** Decodes HTML named and numeric entities; leaves bare `&` and unknown names alone. */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTMLAttribute(s) : s;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/"/g, '&quot;');
}

// Elements whose inner text is not meant to be read.
const HIDDEN = /<(script|style|iframe|object|embed|applet|noscript|noembed|noframes|frameset|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// A '<' outside quotes ends a failed tag match early, which keeps this linear on junk like "<a<a<a".
const TAG = /<[A-Za-z/!?](?:[^<>"']|"[^"]*"|'[^']*')*>/g;

/** Plain text of an HTML fragment: tags and comments removed, entities decoded, white space folded. */
export function htmlToText(input: string): string {
  const html = input.length > 65_536 ? input.slice(0, 65_536) : input;
  if (!html.includes('<') && !html.includes('&')) return foldSpace(html);
  const noTags = html
    // An unclosed comment ends at the next '>' (as feedparser reads it), so text after it is not lost.
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!--[^>]*>?/g, '')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, t: string) => escapeHtml(t))
    .replace(HIDDEN, ' ')
    .replace(TAG, (t) => (/^<\/?(p|div|br|li|h\d|tr|td|blockquote)\b/i.test(t) ? ' ' : ''));
  return foldSpace(decodeEntities(noTags));
}

// What foldSpace would change: a tab, line break, form or vertical tab, two spaces, or a space at either end.
const FOLDABLE = /[\t-\r]| {2}|^ | $/;

/** Folds runs of ASCII white space (a no-break space is meant, so it stays). */
export function foldSpace(s: string): string {
  // Most titles and names have nothing to fold: one test is several times cheaper than the two replaces.
  if (!FOLDABLE.test(s)) return s;
  return s.replace(/[ \t\n\r\f\v]+/g, ' ').replace(/^ | $/g, '');
}

const HTML_HINT =
  /<\/?(a|abbr|acronym|address|applet|area|article|aside|b|bdo|big|blockquote|body|br|button|caption|center|cite|code|col|colgroup|dd|del|dfn|dir|div|dl|dt|em|fieldset|font|form|frame|frameset|h[1-6]|head|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|map|menu|meta|noframes|noscript|object|ol|optgroup|option|p|param|pre|q|s|samp|script|section|select|small|span|strike|strong|style|sub|sup|svg|table|tbody|td|textarea|tfoot|th|thead|tr|tt|u|ul|var)(\s[^>]*)?\/?>/i;

/** Whether a string of unknown type looks like HTML (feedparser's heuristic: known tags or entities). */
export function looksLikeHtml(s: string): boolean {
  return HTML_HINT.test(s) || /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i.test(s);
}

/** Resolves `ref` against `base`; returns ref unchanged when it cannot be resolved. */
export function resolveUrl(ref: string, base: string | undefined): string {
  const r = ref.trim();
  // An absolute address is kept as written (no case folding, trailing slash or IRI encoding added).
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(r)) return r;
  try {
    return new URL(r, base).href;
  } catch {
    return r;
  }
}

/** Resolves a URL that must be usable as a link: only http(s)/ftp/mailto-like schemes survive. */
export function resolveLink(ref: string | null | undefined, base: string | undefined): string | null {
  if (ref == null) return null;
  const r = ref.trim();
  if (!r) return null;
  const out = resolveUrl(r, base);
  if (/^\s*(javascript|vbscript|data|livescript):/i.test(out)) return null;
  return out;
}

// C0 and C1 control characters and DEL. A terminal acts on them (ESC sequences clear the screen or set the
// window title, BEL rings), and no feed means them as text. Tab, line feed and carriage return are white space
// in HTML, so its bodies keep them (one-line text has had its white space folded already).
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/g;
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROLS_BUT_SPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]+/g;
// A numeric character reference, with or without its ';' (HTML reads both).
const NUMERIC_REF = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?/g;

const isSpace = (c: number) => c === 0x09 || c === 0x0a || c === 0x0d;
const isControl = (c: number) => (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) && !isSpace(c);

/** One-line text (a title, a name, an address, an id) without control characters. */
export function withoutControls(s: string): string {
  return s.replace(CONTROLS, '');
}

/**
 * HTML without control characters, raw or as numeric references (&#27;), so decoding it for an excerpt can't
 * bring them back; its white space stays. A reference HTML reads as a windows-1252 character stays (&#150; is an
 * en dash, not the control 0x96).
 */
export function htmlWithoutControls(html: string): string {
  const out = html.replace(CONTROLS_BUT_SPACE, '');
  if (!out.includes('&#')) return out;
  return out.replace(NUMERIC_REF, (ref, hex: string | undefined, dec: string | undefined) =>
    isControl(replaceCodePoint(hex !== undefined ? parseInt(hex, 16) : parseInt(dec as string, 10))) ? '' : ref,
  );
}
