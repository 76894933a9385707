// "Try with sample data": copies the shipped demo sources into the data folder with their dates moved so the
// newest day is yesterday, and returns them as file: sources ready to add.
import { mkdir, readFile, writeFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../../shared/api';
import type { SourceKind } from '../../../shared/model';

const DAY = 86_400_000;

interface Manifest {
  anchor: string;
  company?: string;
  sources: Array<{ file: string; title: string; kind?: SourceKind }>;
}

export interface SampleSource {
  url: string;
  title: string;
  kind: SourceKind;
}

const RFC822 = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|Z)\b/g;
const ISO = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

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

export async function installSamples(resourcesDir: string, dataDir: string, now: number): Promise<SampleSource[]> {
  const demoDir = join(resourcesDir, 'demo');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(demoDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    throw new ApiError('The sample data is missing from this copy of Earshot.');
  }
  const anchorEnd = Date.parse(`${manifest.anchor}T23:59:59Z`);
  const shift = Math.max(0, Math.floor((now - anchorEnd) / DAY)) * DAY;
  const target = join(dataDir, 'samples');
  for (const file of await listFiles(demoDir)) {
    const rel = relative(demoDir, file);
    if (!/\.(xml|json)$/.test(rel) || rel === 'manifest.json') continue;
    await mkdir(join(target, rel, '..'), { recursive: true });
    await writeFile(join(target, rel), shiftDates(await readFile(file, 'utf8'), shift));
  }
  return manifest.sources.map((s) => ({
    url: pathToFileURL(join(target, s.file)).href,
    title: s.title,
    kind: s.kind ?? 'search',
  }));
}
