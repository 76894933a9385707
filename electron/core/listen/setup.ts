// Set-up: preview a proposed source (bounded fetch + parse through the engine's own reader) and apply the chosen ones.
import { ApiError } from '../../../shared/api';
import type { SetupArgs, SetupPreview, WatchKind, WatchWord } from '../../../shared/api-listen';
import type { SourceKind } from '../../../shared/model';
import type { EngineContext } from '../context';
import { fetchFeed } from '../feeds/fetch';
import { parseFeed } from '../feeds/parse';
import { FeedError } from '../feeds/types';
import { stableId } from '../util/ids';
import { normalizeSourceUrl } from '../util/urls';
import { fold } from './fold';
import { proposeSources } from './setup-templates';

const PREVIEW_TIMEOUT_MS = 12_000;
const PREVIEW_MAX_BYTES = 4 * 1024 * 1024;
const SAMPLE_TITLES = 5;

export async function previewSource(ctx: EngineContext, url: string): Promise<SetupPreview> {
  const address = normalizeSourceUrl(url);
  const outcome = await fetchFeed(
    { url: address },
    { fetch: ctx.fetch, userAgent: ctx.userAgent, timeoutMs: PREVIEW_TIMEOUT_MS, maxBytes: PREVIEW_MAX_BYTES },
  );
  if (outcome.kind === 'failed') {
    ctx.log.info(`preview of ${address}: ${outcome.detail}`);
    return { url: address, status: outcome.status, message: outcome.message, titles: [], count: 0 };
  }
  if (outcome.kind === 'not-modified') {
    return { url: address, status: 'ok', message: 'This source answered but sent nothing new.', titles: [], count: 0 };
  }
  try {
    const feed = await parseFeed(outcome.body, { baseUrl: outcome.finalUrl, contentType: outcome.contentType });
    const count = feed.items.length;
    return {
      url: address,
      status: 'ok',
      message: count === 0 ? 'This source works but has nothing in it yet.' : `Found ${count === 1 ? 'one conversation' : `${count} conversations`}.`,
      titles: feed.items.slice(0, SAMPLE_TITLES).map((i) => i.title).filter(Boolean),
      count,
    };
  } catch (err) {
    ctx.log.info(`preview of ${address} could not be parsed`, err);
    const message = err instanceof FeedError ? err.message : "This address doesn't give Earshot anything it can read.";
    return { url: address, status: err instanceof FeedError ? err.status : 'not-a-feed', message, titles: [], count: 0 };
  }
}

/** Adds a source unless one with the same address exists; returns whether it was added. */
export async function addSourceIfNew(ctx: EngineContext, url: string, title: string, kind: SourceKind): Promise<boolean> {
  const normalized = normalizeSourceUrl(url);
  if (await ctx.sources.findByUrl(normalized)) return false;
  await ctx.sources.add({ id: stableId('source', normalized), url: normalized, title, kind, addedAt: ctx.clock() });
  return true;
}

export function watchId(word: string): string {
  return stableId('watch', fold(word.trim()));
}

export function newWatchWord(word: string, kind: WatchKind, aliases: string[], exclusions: string[], at: number): WatchWord {
  const w = word.trim().replace(/\s+/g, ' ');
  if (!w) throw new ApiError('Please give the name to listen for.', 'invalid');
  return { id: watchId(w), kind, word: w, aliases: tidy(aliases), exclusions: tidy(exclusions), addedAt: at };
}

export function tidy(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}

/** The chosen sources (proposed or pasted) and the watch words from the names given. */
export async function applySetup(
  ctx: EngineContext,
  args: SetupArgs & { sources: string[] },
): Promise<{ sources: number; watchWords: number; words: WatchWord[] }> {
  if (!args.company.trim()) throw new ApiError('Please give the company’s name.', 'invalid');
  const proposal = proposeSources(args);
  const titles = new Map(proposal.sources.map((s) => [normalizeSourceUrl(s.url), s.title]));
  let added = 0;
  for (const url of args.sources) {
    const normalized = normalizeSourceUrl(url);
    if (await addSourceIfNew(ctx, normalized, titles.get(normalized) ?? normalized, 'search')) added++;
  }
  const existing = new Set((await ctx.store.all<{ id: string }>(`SELECT id FROM watch_words`)).map((r) => r.id));
  const words = proposal.watchWords
    .map((w) => newWatchWord(w.word, w.kind, w.aliases, [], ctx.clock()))
    .filter((w) => !existing.has(w.id));
  return { sources: added, watchWords: words.length, words };
}
