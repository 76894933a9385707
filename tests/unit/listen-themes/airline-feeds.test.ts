// Themes on the airline corpus (evaluation only: read at test time, never copied into the project): for each
// airline's 2015-02-23, do the themes name that day's two most frequent complaint reasons?
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { findThemes } from '../../../electron/core/listen/themes';
import { toneOf } from '../../../electron/core/listen/tone';
import { judge, type Judged } from './airline-criterion';

const corpus = resolve(__dirname, '../../../../shared/corpus/airline-feeds');
const present = existsSync(resolve(corpus, 'truth.json'));
if (!present) console.warn(`airline-feeds corpus not found at ${corpus}: skipping the airline themes test`);

const DAY = '2015-02-23';
const HANDLES: Record<string, [string, string]> = {
  american: ['American', '@AmericanAir'], jetblue: ['JetBlue', '@JetBlue'], southwest: ['Southwest', '@SouthwestAir'],
  united: ['United', '@united'], 'us-airways': ['US Airways', '@USAirways'], 'virgin-america': ['Virgin America', '@VirginAmerica'],
};

function plain(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

async function judgeAirline(slug: string): Promise<Judged> {
  const [name, handle] = HANDLES[slug] ?? ['', ''];
  const labels = readFileSync(resolve(corpus, 'labels.csv'), 'utf8').split('\n').slice(1);
  const reasonOf = new Map<string, string>();
  for (const line of labels) {
    const m = /^([^,]+),[^,]*,[^,]*,[^,]*,(.*)$/.exec(line.trim());
    if (m?.[1]) reasonOf.set(m[1], (m[2] ?? '').replace(/^"|"$/g, ''));
  }
  const truth = JSON.parse(readFileSync(resolve(corpus, 'truth.json'), 'utf8')) as Record<string, Record<string, { reasons: Record<string, number> }>>;
  const reasons = Object.keys(truth[name]?.[DAY]?.reasons ?? {}).filter((r) => r !== "Can't Tell").slice(0, 2);
  const feed = await parseFeed(readFileSync(resolve(corpus, `${slug}.xml`)));
  const items = feed.items
    .filter((i) => i.published?.startsWith(DAY) && i.link)
    .map((i) => {
      const text = plain(i.content || i.summary || i.title);
      return { id: i.link ?? '', title: '', text, tone: toneOf(text).tone, link: i.link, sourceId: slug, publishedAt: Date.parse(i.published ?? '') };
    });
  return judge(findThemes(items, { ignoreWords: [name, handle] }), reasonOf, reasons);
}

describe.skipIf(!present)('themes on the airline corpus', () => {
  it('names the top complaint reasons of the day for the airlines', async () => {
    const slugs = readdirSync(corpus).filter((f) => f.endsWith('.xml')).map((f) => f.slice(0, -4)).sort();
    const results: Array<[string, Judged]> = [];
    for (const slug of slugs) results.push([slug, await judgeAirline(slug)]);
    for (const [slug, r] of results) console.log(`${slug}: ${r.pass ? 'pass' : 'FAIL'} purity=${r.purity} ${JSON.stringify(r.named)} ${r.labels.join(' | ')}`);
    // The tone model feeds the ordering; allow one airline to slip when it changes, not more.
    expect(results.filter(([, r]) => r.pass).length).toBeGreaterThanOrEqual(slugs.length - 1);
  });
});
