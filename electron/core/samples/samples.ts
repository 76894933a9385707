// "Try with sample data": copies the shipped demo sources into the data folder with their dates moved so the
// newest day is yesterday, and returns them as file: sources ready to add.
import { mkdir, readFile, writeFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../../shared/api';
import type { WatchKind } from '../../../shared/api-listen';
import type { SourceKind } from '../../../shared/model';

const MINUTE = 60_000;
/** The newest sample conversation lands this long before now, so the first brief has a full day to tell. */
const FRESHNESS = 30 * MINUTE;

/** A name the sample company is listened for, as the set-up would save it. */
export interface SampleWatchWord {
  word: string;
  kind: WatchKind;
  aliases: string[];
  exclusions: string[];
}

interface Manifest {
  anchor: string;
  company?: string;
  watchWords?: Array<Partial<SampleWatchWord> & { word: string }>;
  sources: Array<{ file: string; title: string; kind?: SourceKind; own?: boolean }>;
}

export interface SampleSource {
  url: string;
  title: string;
  kind: SourceKind;
  /** The sample company's own channel (its blog). */
  own: boolean;
}

const RFC822 = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|Z)\b/g;
const ISO = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** The newest date in the text (RFC 822 or ISO 8601), or -Infinity. */
export function newestDate(text: string): number {
  let newest = -Infinity;
  for (const match of [...text.matchAll(RFC822), ...text.matchAll(ISO)]) {
    const t = Date.parse(match[0]);
    if (Number.isFinite(t) && t > newest) newest = t;
  }
  return newest;
}

/** Moves every RFC 822 and ISO 8601 date in the text by `shift` ms (the sample files use both). */
export function shiftDates(text: string, shift: number): string {
  if (shift === 0) return text;
  return text
    .replace(RFC822, (d) => {
      const t = Date.parse(d);
      return Number.isFinite(t) ? new Date(t + shift).toUTCString().replace('GMT', '+0000') : d;
    })
    .replace(ISO, (d) => {
      const t = Date.parse(d);
      return Number.isFinite(t) ? new Date(t + shift).toISOString().replace('.000Z', 'Z') : d;
    });
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

export interface Samples {
  sources: SampleSource[];
  /** The sample company's names, with what they don't count in (its search feeds also find a web server and a bird). */
  watchWords: SampleWatchWord[];
}

export async function installSamples(resourcesDir: string, dataDir: string, now: number): Promise<Samples> {
  const demoDir = join(resourcesDir, 'demo');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(demoDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    throw new ApiError('The sample data is missing from this copy of Earshot.');
  }
  const files: Array<[rel: string, text: string]> = [];
  for (const file of await listFiles(demoDir)) {
    const rel = relative(demoDir, file);
    if (/\.(xml|json)$/.test(rel) && rel !== 'manifest.json') files.push([rel, await readFile(file, 'utf8')]);
  }
  // Only the main sources' dates set the pace (comment threads may run later than the post they answer).
  const listed = new Set(manifest.sources.map((s) => s.file));
  const newest = Math.max(...files.filter(([rel]) => listed.has(rel)).map(([, text]) => newestDate(text)));
  const shift = Number.isFinite(newest) ? Math.max(0, Math.floor((now - FRESHNESS - newest) / MINUTE)) * MINUTE : 0;
  const target = join(dataDir, 'samples');
  for (const [rel, text] of files) {
    await mkdir(join(target, rel, '..'), { recursive: true });
    await writeFile(join(target, rel), shiftDates(text, shift));
  }
  return {
    sources: manifest.sources.map((s) => ({
      url: pathToFileURL(join(target, s.file)).href,
      title: s.title,
      kind: s.kind ?? 'search',
      own: s.own === true,
    })),
    watchWords: (manifest.watchWords ?? []).map((w) => ({
      word: w.word,
      kind: w.kind ?? 'topic',
      aliases: w.aliases ?? [],
      exclusions: w.exclusions ?? [],
    })),
  };
}
