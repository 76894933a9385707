// The .eml file: an RFC 5322 message (MIME, UTF-8, base64 bodies, encoded-word headers) a mail client opens
// as a draft. Built by hand: it is small, fixed and fully ours, and a mail parser checks it in the tests.
import { createHash } from 'node:crypto';
import type { ForwardMessage } from '../../../shared/follow';

const CRLF = '\r\n';
const DOMAIN = 'earshot.invalid';

/** No line breaks or other control characters can reach a header (no header injection). */
function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

function isAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

/** RFC 2047 encoded-words, each at most 75 characters, never splitting a character's UTF-8 bytes. */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk || words.length === 0) words.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
  return words;
}

/** An unstructured header value (Subject): as is when short ASCII, else encoded-words folded onto lines. */
export function headerText(value: string): string {
  const clean = oneLine(value);
  if (isAscii(clean) && clean.length <= 66) return clean;
  return encodeWords(clean).join(`${CRLF} `);
}

/** A mailbox: `"Display Name" <addr>` with the name quoted or encoded as needed. */
export function mailbox(name: string | null, address: string): string {
  // Only the first word: anything after a space or control character is not part of an address.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must end the address
  const addr = address.split(/[\s<>\u0000-\u001f]+/).find(Boolean) ?? '';
  const display = oneLine(name ?? '');
  if (!display) return `<${addr}>`;
  if (!isAscii(display)) return `${encodeWords(display).join(`${CRLF} `)} <${addr}>`;
  if (/^[A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]+$/.test(display)) return `${display} <${addr}>`;
  return `"${display.replace(/(["\\])/g, '\\$1')}" <${addr}>`;
}

/** "Sun, 22 Nov 2026 07:30:00 +0000" (RFC 5322 date-time, UTC). */
export function rfc5322Date(at: number): string {
  return new Date(at).toUTCString().replace(/GMT$/, '+0000');
}

function base64Lines(text: string): string {
  const b64 = Buffer.from(text.replace(/\r?\n/g, CRLF), 'utf8').toString('base64');
  return (b64.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

export interface EmlInput {
  message: ForwardMessage;
  toName: string | null;
  toEmail: string | null;
  /** Stable per forward, so the same forward saved twice is recognisably the same message. */
  id: string;
  at: number;
}

export function buildEml(input: EmlInput): string {
  const { message } = input;
  const seed = createHash('sha1').update(`${input.id}\u0000${input.at}`).digest('hex');
  const boundary = `earshot-${seed.slice(0, 24)}`;
  const headers = [
    `From: ${mailbox('Earshot', `earshot@${DOMAIN}`)}`,
    ...(input.toEmail ? [`To: ${mailbox(input.toName, input.toEmail)}`] : []),
    `Subject: ${headerText(message.subject)}`,
    `Date: ${rfc5322Date(input.at)}`,
    `Message-ID: <${seed.slice(0, 32)}@${DOMAIN}>`,
    'MIME-Version: 1.0',
    // Outlook and others open a message marked this way as a draft ready to send.
    'X-Unsent: 1',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const html = `<!doctype html><html><head><meta charset="utf-8"></head><body>${message.html}</body></html>`;
  const body = [
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(message.text),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(html),
    `--${boundary}--`,
    '',
  ];
  return [...headers, '', ...body].join(CRLF);
}
