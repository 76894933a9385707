// Builds one brief's data from the store: the window, totals against the usual, themes, what is worth
// reading, questions, open loops, the 30-day trend and failing sources, then its words.
import type { BriefData } from '../../../shared/brief';
import { TONES } from '../../../shared/model';
import type { Log } from '../log';
import { WatchTable } from '../listen/watch-table';
import type { Store } from '../store/types';
import { stableId } from '../util/ids';
import { briefThemes, MAX_THEMES } from './brief-themes';
import { refreshDailyTotals, trend, usualFor, zeroCounts } from './daily-totals';
import { earlierBriefExists, failedSources, fromUs, openFollowUps, previousThemeKeys } from './extras';
import type { ListenParts } from './listen-parts';
import { questionsFor, worthReading } from './rank';
import { renderMarkdown } from './render';
import { ToneLookup } from './tones';
import { briefWindow } from './window';
import { gistOf, trendCaption } from './words';

export interface BuildOptions {
  store: Store;
  log: Log;
  parts: ListenParts;
  now: number;
  /** End of the last brief that was read; null when none was. */
  lastReadEnd: number | null;
  retentionDays: number;
  /** The reader's Date#getTimezoneOffset(), for the date in the heading. */
  offsetMinutes?: number;
  /** The brief this one replaces (an empty one made before anything came in), if any. */
  replacing?: string | null;
}

/**
 * The watch words as the brief uses them: names (the company, its products, people, competitors — in nearly every
 * text, never a theme themselves), the topics the listener follows (each a theme when enough name it), and muted words.
 */
async function watchNames(store: Store): Promise<{ names: string[]; topics: Array<{ word: string; aliases: string[] }>; muted: string[] }> {
  const table = new WatchTable(store);
  const words = await table.list();
  // A topic written as a subject ("the lock", "battery") is followed as a theme; one written as a name ("JetBlue",
  // "@kestrel" — a capital or a handle, as `watch add NAME` leaves the kind at topic) is a name like the others.
  const subject = (w: { kind: string; word: string }) => w.kind === 'topic' && /^[\p{Ll}\p{N}]/u.test(w.word);
  return {
    names: words.filter((w) => !subject(w)).flatMap((w) => [w.word, ...w.aliases]),
    topics: words.filter(subject).map((w) => ({ word: w.word, aliases: w.aliases })),
    muted: await table.mutedWords(),
  };
}

export async function buildBrief(o: BuildOptions): Promise<BriefData> {
  const { store, parts, now } = o;
  // Where the time goes, for the log at debug level (the brief must stay quick at 100k conversations).
  const steps: Record<string, number> = {};
  let mark = performance.now();
  const step = (name: string) => {
    const t = performance.now();
    steps[name] = Math.round((t - mark) * 10) / 10;
    mark = t;
  };
  const id = stableId('brief', String(now));
  const [watch, earlier] = await Promise.all([watchNames(store), earlierBriefExists(store, now, o.replacing)]);
  // Unread briefs do not move the window, but they are listed as earlier ones: then this is not the first.
  const opened = briefWindow(now, o.lastReadEnd);
  const window = { ...opened, first: opened.first && !earlier };
  // Whether a conversation listening has not been through yet asks the company something.
  const asks = (text: string): boolean => {
    try {
      return parts.asks(text, watch.names);
    } catch (err) {
      o.log.warn('brief: could not tell whether a conversation asks something', err);
      return false;
    }
  };
  const tones = new ToneLookup(store, asks);
  await refreshDailyTotals(store, now, o.retentionDays, tones);
  step('totals');
  const items = await tones.windowItems(window.start, window.end);
  step('items');
  const byTone = zeroCounts();
  for (const item of items) byTone[item.tone]++;
  const [usual, previous, background] = await Promise.all([
    usualFor(store, window.start, window.end),
    previousThemeKeys(store, now),
    items.length ? tones.backgroundTexts(window.start) : Promise.resolve([]),
  ]);
  step('usual');
  const ignoreWords = [...watch.names, ...watch.muted];
  let found: ReturnType<ListenParts['themes']> = [];
  try {
    found = items.length ? parts.themes(items, { max: MAX_THEMES, ignoreWords, previousKeys: previous, background, topics: watch.topics }) : [];
  } catch (err) {
    // A brief without themes is still a brief; the rest of it must not be lost.
    o.log.error('brief: finding themes failed', err);
  }
  step('themes');
  const themes = briefThemes(found, items, new Set(previous), id);
  const themeOf = new Map<string, string>();
  for (const t of themes) for (const cid of t.conversationIds) if (!themeOf.has(cid)) themeOf.set(cid, t.key);
  // The questions shown are the conversations the headline counts as asking (see shownTone).
  const asking = new Set(items.filter((i) => i.tone === 'asking').map((i) => i.id));
  // Each thread is shown once: quoted under a theme, else listed as worth reading, else among the questions.
  const quoted = new Set(themes.flatMap((t) => (t.quote ? [t.quote.conversationId] : [])));
  const unquoted = items.filter((i) => !quoted.has(i.id));
  const worth = worthReading(unquoted, { themeOf, newThemes: new Set(themes.filter((t) => t.isNew).map((t) => t.key)), asking });
  const questions = questionsFor(unquoted, asking, (text) => {
    try {
      return parts.questionSentence(text, watch.names);
    } catch {
      return null;
    }
  }, new Set(worth.map((w) => w.id)));
  step('ranking');
  const [followUps, failed, days, ours] = await Promise.all([
    openFollowUps(store, now),
    failedSources(store),
    trend(store, now, tones, o.retentionDays),
    fromUs(store, window.start, window.end),
  ]);
  step('extras');
  const totals = { all: TONES.reduce((s, t) => s + byTone[t], 0), byTone, usual };
  const data: Omit<BriefData, 'markdown'> = {
    id,
    createdAt: now,
    window,
    totals,
    themes,
    worthReading: worth,
    questions,
    followUps,
    trend: days,
    trendCaption: trendCaption(days),
    failedSources: failed,
    fromUs: ours,
    gist: gistOf({ totals, themes }),
  };
  const markdown = renderMarkdown(data, o.offsetMinutes ?? 0);
  step('words');
  o.log.debug(`brief: built from ${items.length} conversations`, steps);
  return { ...data, markdown };
}
