// Feed dates in the forms seen in the wild (RFC 822 and its mistakes, W3C/ISO 8601), read as UTC ISO strings.
import { collapseSpace } from '../util/text';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
// Zone abbreviations RFC 822 names, plus a few common ones; minutes east of UTC.
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480,
  pdt: -420, a: -60, n: 60, m: -720, y: 720, cet: 60, cest: 120, bst: 60, ist: 330, jst: 540, aest: 600, eet: 120,
};

function zoneMinutes(z: string | undefined): number | null {
  if (!z) return 0; // no zone: read as UTC, as feedparser does
  const t = z.trim().toLowerCase();
  if (t in ZONES) return ZONES[t] as number;
  const m = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (!m) return null;
  const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -mins : mins;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: number): string | null {
  if (y < 100) y += y < 50 ? 2000 : 1900;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 61 || y < 1000 || y > 9999) return null;
  // 31 February and the like (the Gregorian calendar, as Date.UTC reads it).
  if (d > (DAYS_IN_MONTH[mo - 1] as number) + (mo === 2 && isLeap(y) ? 1 : 0)) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59)) - zone * 60_000;
  if (!Number.isFinite(ms)) return null;
  return isoSeconds(ms);
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/** toISOString() without the ".000" (dates here are whole seconds), written out: several times cheaper. */
function isoSeconds(ms: number): string {
  const t = new Date(ms);
  const y = t.getUTCFullYear();
  // toISOString writes years past 9999 with a sign and six digits; a zone can push a date just past the range.
  if (y < 1000 || y > 9999) return t.toISOString().slice(0, -5) + 'Z';
  return `${y}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}T${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}Z`;
}

const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T\s](\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,4})?$/;
const RFC822 =
  /^(?:[A-Za-z]+,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*([A-Za-z]{1,5}|(?:GMT|UTC)?[+-]\d{1,2}:?\d{2}?)?\.?$/;
// "Wed Dec 31 10:14:55 2003" (asctime) and "Dec 31, 2003 10:14:55 GMT" forms.
const MONTH_FIRST =
  /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),?\s+(?:(\d{4})\s+)?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s*)?(\d{4})?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$/;

/** Parses a feed date; returns an ISO 8601 UTC string, or null when the text is not a readable date. */
export function parseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = collapseSpace(raw.trim());
  if (!s || s.length > 80) return null;
  let m = ISO.exec(s);
  if (m) {
    const zone = zoneMinutes(m[7]);
    if (zone === null) return null;
    return build(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), zone);
  }
  m = RFC822.exec(s);
  if (m) {
    const mo = MONTHS[(m[2] as string).toLowerCase()];
    const zone = zoneMinutes(m[7]);
    if (!mo || zone === null) return null;
    return build(Number(m[3]), mo, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), zone);
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    const mo = MONTHS[(m[1] as string).toLowerCase()];
    const year = m[3] ?? m[7];
    const zone = zoneMinutes(m[8]);
    if (!mo || !year || zone === null) return null;
    return build(Number(year), mo, Number(m[2]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), zone);
  }
  return null;
}
