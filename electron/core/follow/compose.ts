// Composing a forward: a short plain message — who said what, where and when, a quote, the link, the note,
// a suggested next step — as plain text, HTML, Markdown and a mailto: URL.
import type { ConversationSnapshot, ForwardMessage } from '../../../shared/follow';
import { clip } from '../util/text';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Long enough to give the gist; mail clients refuse very long mailto: URLs, so the quote stays short. */
const QUOTE_MAX = 420;

export interface ComposeInput {
  conversation: ConversationSnapshot;
  personName: string | null;
  personEmail: string | null;
  note: string;
}

/** "21 November 2026" (UTC: the engine doesn't know the reader's zone; a day is precise enough here). */
export function dayWords(at: number): string {
  const d = new Date(at);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function nextStep(c: ConversationSnapshot): string {
  switch (c.tone) {
    case 'asking':
      return 'Could you answer their question in the thread, or tell me who should?';
    case 'unhappy':
      return 'Could you look into it and reply to them, then let me know once they have heard back?';
    case 'pleased':
      return 'Worth a thank-you in the thread, and worth sharing with the team.';
    default:
      return 'Could you take a look and tell me whether we should reply?';
  }
}

function quoteOf(c: ConversationSnapshot): string {
  const source = c.excerpt.trim() || c.content.trim() || c.title;
  // Reddit's listing excerpts end with its own furniture, which is not what the customer said.
  const said = source.replace(/\s*submitted by \S+\s*\[link\]\s*\[comments\]\s*$/i, '');
  return clip(said.replace(/\s+/g, ' '), QUOTE_MAX);
}

/**
 * Where it was said, as a person would name it: the source's title, unless that is a search's own heading
 * ("Search results for Kestrel — Cycling Forums", "reddit.com: search results - kestrel"), then the site.
 */
export function placeOf(c: Pick<ConversationSnapshot, 'sourceTitle' | 'link'>): string {
  const title = c.sourceTitle.trim();
  if (title && !/\bsearch\b|\bresults\b/i.test(title)) return title;
  try {
    if (c.link) return new URL(c.link).hostname.replace(/^www\./, '');
  } catch {
    /* not an address: the title will do */
  }
  return title || 'the web';
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

export function subjectFor(c: ConversationSnapshot): string {
  return `Customer voice: ${clip(c.title.replace(/\s+/g, ' ').trim() || 'a conversation', 90)}`;
}

interface Parts {
  greeting: string;
  said: string;
  quote: string;
  link: string | null;
  note: string;
  step: string;
}

function partsOf(input: ComposeInput): Parts {
  const c = input.conversation;
  const who = c.author?.trim() || 'Someone';
  return {
    greeting: input.personName ? `Hi ${firstName(input.personName)},` : 'Hi,',
    said: `${who} wrote on ${placeOf(c)} on ${dayWords(c.publishedAt)}: “${c.title.trim()}”`,
    quote: quoteOf(c),
    link: c.link,
    note: input.note.trim(),
    step: nextStep(c),
  };
}

function plainText(p: Parts): string {
  const lines = [p.greeting, '', p.said, '', ...p.quote.split('\n').map((l) => `> ${l}`)];
  if (p.link) lines.push('', p.link);
  if (p.note) lines.push('', `My note: ${p.note}`);
  lines.push('', `Next step: ${p.step}`, '', 'Sent from Earshot');
  return lines.join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function isWebLink(link: string | null): link is string {
  return !!link && /^https?:\/\//i.test(link);
}

function html(p: Parts): string {
  const para = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const out = [para(p.greeting), para(p.said), `<blockquote>${escapeHtml(p.quote).replace(/\n/g, '<br>')}</blockquote>`];
  if (p.link) {
    const text = escapeHtml(p.link);
    out.push(isWebLink(p.link) ? `<p><a href="${text}">${text}</a></p>` : para(p.link));
  }
  if (p.note) out.push(`<p><strong>My note:</strong> ${escapeHtml(p.note).replace(/\n/g, '<br>')}</p>`);
  out.push(`<p><strong>Next step:</strong> ${escapeHtml(p.step)}</p>`, '<p>Sent from Earshot</p>');
  return out.join('\n');
}

/** Escapes the characters Markdown would read as formatting. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>~-])/g, '\\$1');
}

function markdown(subject: string, p: Parts): string {
  const lines = [`# ${escapeMarkdown(subject)}`, '', escapeMarkdown(p.greeting), '', escapeMarkdown(p.said), ''];
  lines.push(...p.quote.split('\n').map((l) => `> ${escapeMarkdown(l)}`));
  if (p.link) lines.push('', isWebLink(p.link) ? `<${p.link.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(p.link));
  if (p.note) lines.push('', `**My note:** ${escapeMarkdown(p.note)}`);
  lines.push('', `**Next step:** ${escapeMarkdown(p.step)}`, '');
  return lines.join('\n');
}

/** Lone surrogates can't be percent-encoded (encodeURIComponent throws): replace them. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Percent-encodes for a mailto: field (RFC 6068): UTF-8, space as %20 (never +), line breaks as %0D%0A. */
export function mailtoEncode(s: string): string {
  return encodeURIComponent(wellFormed(s).replace(/\r\n|\r|\n/g, '\r\n'));
}

export function mailtoUrl(to: string | null, subject: string, body: string): string {
  const address = to ? mailtoEncode(to).replace(/%40/g, '@') : '';
  return `mailto:${address}?subject=${mailtoEncode(subject)}&body=${mailtoEncode(body)}`;
}

export function composeMessage(input: ComposeInput): ForwardMessage {
  const subject = subjectFor(input.conversation);
  const parts = partsOf(input);
  const text = plainText(parts);
  return {
    subject,
    text,
    html: html(parts),
    mailto: mailtoUrl(input.personEmail, subject, text),
    markdown: markdown(subject, parts),
  };
}
