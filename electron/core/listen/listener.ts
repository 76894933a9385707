// The listen step: for each new or changed conversation, its tone (and the words that tipped it), the watch words
// in it, whether it counts (relevance), whether it asks the company something, and whether it repeats a story
// first heard elsewhere. Everything is loaded once per sync (one query each) and computed in memory: no SQL per item.
import type { SourceKind, Tone } from '../../../shared/model';
import type { ListenColumns, NewConversation } from '../store/conversations-table';
import type { Store } from '../store/types';
import { DuplicateIndex, decodeFingerprint, encodeFingerprint, fingerprintOf } from './fingerprint';
import { asksCompany } from './questions';
import { toneOfReview } from './tone';
import { WatchMatcher, type ConversationMatch, type WatchWordSpec } from './watch-match';

/** Days of earlier conversations a new one is compared with for duplicates. */
const DUPLICATE_WINDOW_DAYS = 30;
const DUPLICATE_INDEX_LIMIT = 50_000;

export interface ListenSetup {
  watchWords: Array<WatchWordSpec & { kind?: string }>;
  mutedWords: string[];
}

export class Listener {
  readonly watch: WatchMatcher;
  private readonly muted: WatchMatcher;
  readonly duplicates = new DuplicateIndex();
  /** The names a question to the company would use: the company and its products (with their aliases). */
  private readonly ourNames: string[];

  constructor(setup: ListenSetup) {
    this.watch = new WatchMatcher(setup.watchWords);
    this.ourNames = setup.watchWords
      .filter((w) => w.kind === 'company' || w.kind === 'product')
      .flatMap((w) => [w.word, ...(w.aliases ?? [])]);
    this.muted = new WatchMatcher(setup.mutedWords.map((word) => ({ word })));
  }

  /**
   * Relevance: a listening search counts everything except what names a watch word only where an exclusion says
   * it means something else (the Kestrel web server, the bird); a general source counts only what names a watch
   * word. Muted words never count.
   */
  relevance(kind: SourceKind, title: string, excerpt: string, heard: ConversationMatch): boolean {
    if (this.muted.size > 0 && (this.muted.findIn(title).length > 0 || this.muted.findIn(excerpt).length > 0)) return false;
    if (this.watch.size === 0) return true;
    return kind === 'search' ? !heard.setAside : heard.matches.length > 0;
  }

  /**
   * Whether it asks the company something. The full check is costly, so it runs only when there is a question
   * mark or the tone already heard asking (which covers "does anyone know…" without one).
   */
  asks(item: { title: string; excerpt: string }, tone?: Tone): boolean {
    return this.asksIn(spoken(item), tone);
  }

  private asksIn(text: string, tone?: Tone): boolean {
    if (tone !== undefined && tone !== 'asking' && !text.includes('?')) return false;
    return asksCompany(text, this.ourNames);
  }

  /**
   * Listens to one conversation. New ones are checked for duplicates and, when original, remembered — unless
   * `dedupe` is false: then duplicateOf stays null and the caller settles it with firstSeen() (several workers
   * listen at once, and only one index can know which copy came first).
   */
  listen(sourceId: string, kind: SourceKind, item: NewConversation, isNew: boolean, dedupe = true): ListenColumns {
    const text = spoken(item);
    const tone = toneOfReview(text, item.stars);
    const heard = this.watch.matchConversation(item.title, item.excerpt);
    const print = fingerprintOf(item.title, item.excerpt);
    let duplicateOf: string | null = null;
    if (isNew && dedupe) {
      duplicateOf = this.duplicates.find(print, sourceId);
      if (!duplicateOf) this.duplicates.add(item.id, sourceId, print);
    }
    return {
      tone: tone.tone,
      toneWords: tone.words,
      matches: heard.matches,
      relevant: this.relevance(kind, item.title, item.excerpt, heard),
      asks: this.asksIn(text, tone.tone),
      fingerprint: encodeFingerprint(print),
      duplicateOf,
    };
  }
}

/** What a conversation says, as one text: its title, then its excerpt (once when they are the same). */
function spoken(item: { title: string; excerpt: string }): string {
  return item.title === item.excerpt ? item.title : `${item.title}. ${item.excerpt}`;
}

/**
 * The duplicate step alone, for a new conversation listened to elsewhere (listen with dedupe off): the first-seen
 * conversation it repeats, or null — and then it is remembered as an original.
 */
export function firstSeen(duplicates: DuplicateIndex, id: string, sourceId: string, fingerprint: string | null): string | null {
  const print = fingerprint ? decodeFingerprint(fingerprint) : null;
  if (!print) return null;
  const duplicateOf = duplicates.find(print, sourceId);
  if (!duplicateOf) duplicates.add(id, sourceId, print);
  return duplicateOf;
}

/** Reads the watch words and muted words. */
export async function loadListenSetup(store: Store): Promise<ListenSetup> {
  const [words, muted] = await Promise.all([
    store.all<{ word: string; kind: string; aliases: string | null; exclusions: string | null }>(
      `SELECT word, kind, aliases, exclusions FROM watch_words ORDER BY added_at, rowid`,
    ),
    store.all<{ word: string }>(`SELECT word FROM muted_words`),
  ]);
  const list = (text: string | null): string[] => {
    try {
      const value: unknown = text ? JSON.parse(text) : [];
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    watchWords: words.map((w) => ({ word: w.word, kind: w.kind, aliases: list(w.aliases), exclusions: list(w.exclusions) })),
    mutedWords: muted.map((m) => m.word),
  };
}

/** What a sync's listener is made of: the setup and the recent originals (plain data, so a worker can build it). */
export interface ListenerData {
  setup: ListenSetup;
  recent: Array<{ id: string; source_id: string; fingerprint: string }>;
}

/** Reads what a listener for a sync starting at `now` needs (two queries in all). */
export async function loadListenerData(store: Store, now: number): Promise<ListenerData> {
  const setup = await loadListenSetup(store);
  const recent = await store.all<{ id: string; source_id: string; fingerprint: string }>(
    `SELECT id, source_id, fingerprint FROM conversations
     WHERE fingerprint IS NOT NULL AND duplicate_of IS NULL AND published_at >= ?
     ORDER BY fetched_at, rowid LIMIT ?`,
    [now - DUPLICATE_WINDOW_DAYS * 86_400_000, DUPLICATE_INDEX_LIMIT],
  );
  return { setup, recent };
}

export function listenerFrom(data: ListenerData): Listener {
  const listener = new Listener(data.setup);
  for (const row of data.recent) {
    const print = decodeFingerprint(row.fingerprint);
    if (print) listener.duplicates.add(row.id, row.source_id, print);
  }
  return listener;
}

/** A listener for one sync: the setup plus the recent originals for duplicate detection. */
export async function prepareListener(store: Store, now: number): Promise<Listener> {
  return listenerFrom(await loadListenerData(store, now));
}
