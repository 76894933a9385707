// Turns the bytes of a response into text, choosing the charset the way feedparser does:
// HTTP charset, then BOM, then the XML declaration, then UTF-8, then windows-1252 — the first that reads cleanly.
// Text meant as UTF-8 with a few bad bytes is still UTF-8: only those bytes become U+FFFD (see meantAsUtf8).
import iconv from 'iconv-lite';
import { EBCDIC } from './ebcdic-tables';

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

function charsetFromContentType(ct: string | null | undefined): string | null {
  if (!ct) return null;
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(ct);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function sniffBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return 'utf-32le';
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0x00 && b[3] === 0x3c) return 'utf-32be';
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x00 && b[3] === 0x00) return 'utf-32le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  // UTF-16 without BOM: "<?" as two-byte units.
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'utf-16be';
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'utf-16le';
  return null;
}

function declaredCharset(b: Uint8Array, bom: string | null): string | null {
  const slice = b.subarray(0, Math.min(b.length, 512));
  // "<?xm" in EBCDIC: read the declaration through cp037, where the characters it uses agree.
  const ebcdic = b[0] === 0x4c && b[1] === 0x6f && b[2] === 0xa7 && b[3] === 0x94;
  let head: string;
  if (ebcdic) head = decodeTable(slice, EBCDIC['cp037'] as string);
  else if (bom?.startsWith('utf-16') || bom?.startsWith('utf-32')) head = iconv.decode(Buffer.from(slice), bom);
  else head = Buffer.from(slice.buffer, slice.byteOffset, slice.length).toString('latin1');
  const m = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head.replace(/^\uFEFF|^ï»¿/, ''));
  if (m?.[1]) return m[1].toLowerCase();
  return ebcdic ? 'cp037' : null;
}

function decodeTable(b: Uint8Array, table: string): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) {
    const chunk = Array.from(b.subarray(i, i + 8192), (x) => table[x] as string);
    out += chunk.join('');
  }
  return out;
}

// Python's names for code pages iconv-lite knows by another name (feedparser decodes with Python's codecs).
const ALIASES: Record<string, string> = {
  'cp-is': 'cp861', ibm039: 'cp037', ibm037: 'cp037', 'ebcdic-cp-us': 'cp037', 'ebcdic-cp-ca': 'cp037',
  'ebcdic-cp-wt': 'cp037', 'ebcdic-cp-nl': 'cp037', 'ebcdic-cp-be': 'cp500', 'ebcdic-cp-ch': 'cp500', ibm500: 'cp500',
  ibm1140: 'cp1140', ibm1026: 'cp1026', ibm273: 'cp273', ibm875: 'cp875', cspc775baltic: 'cp775',
  cspc850multilingual: 'cp850', cspc862latinhebrew: 'cp862', cspc8codepage437: 'cp437', cspcp852: 'cp852',
  cskoi8r: 'koi8-r', csmacintosh: 'macintosh', 'mac-roman': 'macintosh', macroman: 'macintosh',
  'mac-latin2': 'maccenteuro', maclatin2: 'maccenteuro', maccentraleurope: 'maccenteuro', 'mac-centraleurope': 'maccenteuro',
  'mac-cyrillic': 'maccyrillic', 'mac-greek': 'macgreek', 'mac-iceland': 'maciceland', 'mac-turkish': 'macturkish',
  'utf-8-sig': 'utf-8', cp65001: 'utf-8', 'x-sjis': 'shift_jis', 'x-euc-jp': 'euc-jp',
};

function normalizeName(cs: string): string {
  let c = cs.trim().toLowerCase().replace(/_/g, '-');
  c = ALIASES[c] ?? c;
  const ibm = /^(?:csibm|ibm)(\d{3,4})$/.exec(c);
  if (ibm) c = `cp${ibm[1]}`;
  // Browsers read latin-1 and ascii labels as windows-1252; feeds that say so usually mean it.
  if (c === 'iso-8859-1' || c === 'latin1' || c === 'latin-1' || c === 'l1' || c === 'iso8859-1') return 'windows-1252';
  if (c === 'utf8') return 'utf-8';
  return c;
}

function tryDecode(b: Uint8Array, charset: string): string | null {
  const cs = normalizeName(charset);
  if (cs === 'utf-8') {
    try {
      return utf8Strict.decode(b);
    } catch {
      return null;
    }
  }
  if (cs === 'us-ascii' || cs === 'ascii') {
    // Declared ASCII with high bytes: the declaration is wrong, let the next candidate read it.
    for (let i = 0; i < b.length; i++) if ((b[i] as number) > 0x7f) return null;
    return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
  }
  const table = EBCDIC[cs];
  if (table) return decodeTable(b, table);
  if (!iconv.encodingExists(cs)) return null;
  const text = iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.length), cs);
  // A multi-byte decoder that needed replacement characters read the wrong charset.
  if (/^(utf-16|utf-32|shift|euc|gb|big5|iso-2022|cp9[345])/.test(cs) && text.includes('\uFFFD')) return null;
  return text;
}

function hasMultibyte(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if ((b[i] as number) >= 0xc2) return true;
  return false;
}

/**
 * Bytes meant as UTF-8 that are not all valid: UTF-8 with U+FFFD for the bad bytes only, so one bad byte can't
 * turn every é of a feed into Ã©. With a UTF-8 BOM: always. Said to be UTF-8 (the HTTP header or the XML
 * declaration): when any character reads as UTF-8. Said to be nothing (XML's default is UTF-8, but undeclared
 * windows-1252 is common): when at least as many characters read as UTF-8 as bytes do not. Otherwise null, and
 * windows-1252 reads it ("Caf\xE9 \xABÉT\xC9\xBB" is Latin text, not one "ɻ" among five bad bytes).
 */
function meantAsUtf8(b: Uint8Array, declared: boolean, bom: boolean): string | null {
  const text = utf8Lenient.decode(b);
  // Any character past ASCII but U+FFFD came from a valid multi-byte sequence.
  const good = text.match(/[\u0080-\uFFFC\uFFFE\uFFFF]/g)?.length ?? 0;
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  return bom || (declared && good > 0) || (good > 0 && good >= bad) ? text : null;
}

/** Decodes a response body to text. Never throws: the last resort is windows-1252, which reads any byte. */
export function decodeBody(body: Uint8Array | string, contentType?: string | null): string {
  if (typeof body === 'string') return body.replace(/^\uFEFF/, '');
  const candidates: string[] = [];
  const http = charsetFromContentType(contentType);
  if (http) candidates.push(http);
  const bom = sniffBom(body);
  if (bom) candidates.push(bom);
  const decl = declaredCharset(body, bom);
  if (decl) candidates.push(decl);
  // Whether anything said UTF-8 (rather than UTF-8 being only the default tried after what was said).
  const saysUtf8 = candidates.some((cs) => normalizeName(cs) === 'utf-8');
  candidates.push('utf-8', 'windows-1252');
  // Bytes that read as UTF-8 with multi-byte characters are UTF-8 whatever a single-byte label says: mojibake
  // from a default or copied declaration is far likelier than text that happens to be valid UTF-8.
  const first = normalizeName(candidates[0] as string);
  if (first !== 'utf-8' && !first.startsWith('utf-') && hasMultibyte(body)) {
    const text = tryDecode(body, 'utf-8');
    if (text != null) return text.replace(/^\uFEFF/, '');
  }
  for (const cs of candidates) {
    const text = tryDecode(body, cs) ?? (normalizeName(cs) === 'utf-8' ? meantAsUtf8(body, saysUtf8, bom === 'utf-8') : null);
    if (text != null) return text.replace(/^\uFEFF/, '');
  }
  return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), 'windows-1252');
}
