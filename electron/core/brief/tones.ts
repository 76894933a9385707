// The conversations a brief reads, with their tone. The listen step stores the tone; until it has, the tone is
// worked out here (toneOf), once per conversation per build.
//
// The brief gives each conversation one tone, and a question put to the company decides it: a conversation that
// asks is "asking" (listed among the questions) unless it is unhappy — "Solid app. Will there be a watch app?" is a
// question for you, not praise. The headline, the themes, the questions and the 30-day chart all count by this
// rule (shownTone, and briefToneSql for the stored totals).
import { isTone, shownTone, type Tone } from '../../../shared/model';
import { toneOf } from '../listen/tone';
import type { Store } from '../store/types';
import { countsWhere } from './daily-totals';

/** A conversation in the brief's window, as the brief needs it. */
export interface WindowItem {
  id: string;
  sourceId: string;
  source: string;
  widelyRead: boolean;
  title: string;
  link: string | null;
  author: string | null;
  publishedAt: number;
  excerpt: string;
  replyCount: number;
  /** Its tone as the brief counts it (shownTone). */
  tone: Tone;
  /** Whether it puts a question to the company. */
  asks: boolean;
  /** Whether listening has been through it (its tone is stored): then `asks` is its answer. */
  listened: boolean;
  /** Title and excerpt as one text (the title is often the excerpt's opening, so it is not repeated). */
  text: string;
}

/** How many earlier conversations tell the themes what is background. */
const BACKGROUND_TEXTS = 300;

interface Row {
  id: string;
  source_id: string;
  title: string;
  link: string | null;
  author: string | null;
  published_at: number;
  excerpt: string;
  reply_count: number | null;
  tone: string | null;
  asks: number;
}

/** Most conversations one brief works with (a week of a very busy company); the newest are kept. */
export const MAX_WINDOW_ITEMS = 20_000;

export function textOf(title: string, excerpt: string): string {
  const head = title.replace(/…$/, '').trim();
  if (!excerpt) return title;
  if (!head || excerpt.startsWith(head) || head === 'Untitled') return excerpt;
  // A title that ends a sentence of its own ("Normal?") needs no full stop added.
  return /[.!?…]$/.test(title) ? `${title} ${excerpt}` : `${title}. ${excerpt}`;
}

/**
 * shownTone in SQL. NULL for a conversation whose tone is not stored yet: its callers work that one out with
 * ToneLookup.untoned, which must not find it counted already.
 */
export function briefToneSql(alias = 'c'): string {
  return `CASE WHEN ${alias}.tone IS NULL THEN NULL WHEN ${alias}.tone = 'unhappy' THEN 'unhappy' WHEN ${alias}.asks = 1 THEN 'asking' ELSE ${alias}.tone END`;
}

export class ToneLookup {
  private readonly known = new Map<string, Tone>();
  /** Whether each conversation not listened to yet asks, worked out once (the chart, the trend and the window all ask). */
  private readonly asking = new Map<string, boolean>();

  /**
   * `asks` tells whether a conversation listening has not been through yet asks the company something (listening
   * stores the answer for the others).
   */
  constructor(
    private readonly store: Store,
    private readonly asks: (text: string) => boolean = () => false,
  ) {}

  /** Whether a conversation asks: as listening stored it, or worked out here while it has not run. */
  private asksOf(id: string, stored: number, listened: boolean, text: string): boolean {
    if (stored === 1) return true;
    if (listened || !text.includes('?')) return false;
    let asks = this.asking.get(id);
    if (asks === undefined) {
      asks = this.asks(text);
      this.asking.set(id, asks);
    }
    return asks;
  }

  toneFor(id: string, stored: string | null, text: string): Tone {
    if (isTone(stored)) return stored;
    let tone = this.known.get(id);
    if (!tone) {
      tone = toneOf(text).tone;
      this.known.set(id, tone);
    }
    return tone;
  }

  /** Conversations that count in [from, to) whose tone is not stored yet, with the brief's tone worked out. */
  async untoned(from: number, to: number): Promise<Array<{ sourceId: string; publishedAt: number; tone: Tone }>> {
    const rows = await this.store.all<{ id: string; source_id: string; published_at: number; title: string; excerpt: string; asks: number }>(
      `SELECT id, source_id, published_at, title, excerpt, asks FROM conversations c
       WHERE published_at >= ? AND published_at < ? AND tone IS NULL AND ${countsWhere()}`,
      [from, to],
    );
    return rows.map((r) => {
      const text = textOf(r.title, r.excerpt);
      return { sourceId: r.source_id, publishedAt: r.published_at, tone: shownTone(this.toneFor(r.id, null, text), this.asksOf(r.id, r.asks, false, text)) };
    });
  }

  /**
   * The texts of the conversations just before a window (at most `limit`): what is said everywhere, every day
   * (the domain itself: "bike" for an e-bike maker), so a quiet window does not take it for a theme.
   */
  async backgroundTexts(before: number, limit = BACKGROUND_TEXTS): Promise<string[]> {
    const rows = await this.store.all<{ title: string; excerpt: string }>(
      `SELECT c.title, c.excerpt FROM conversations c INDEXED BY conversations_published
       WHERE c.published_at < ? AND ${countsWhere()} ORDER BY c.published_at DESC LIMIT ?`,
      [before, limit],
    );
    return rows.map((r) => textOf(r.title, r.excerpt));
  }

  /** The conversations that count in the window, newest first. */
  async windowItems(from: number, to: number): Promise<WindowItem[]> {
    // Sources are read apart and sorting is done here: joining and ordering in SQL cost several times more.
    const [rows, sources] = await Promise.all([
      this.store.all<Row>(
        `SELECT c.id, c.source_id, c.title, c.link, c.author, c.published_at, c.excerpt, c.reply_count, c.tone, c.asks
         FROM conversations c WHERE c.published_at >= ? AND c.published_at < ? AND ${countsWhere()}`,
        [from, to],
      ),
      this.store.all<{ id: string; title: string; widely_read: number }>(`SELECT id, title, widely_read FROM sources`),
    ]);
    const byId = new Map(sources.map((s) => [s.id, s]));
    rows.sort((a, b) => b.published_at - a.published_at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    return rows.slice(0, MAX_WINDOW_ITEMS).map((r) => {
      const text = textOf(r.title, r.excerpt);
      const source = byId.get(r.source_id);
      const listened = isTone(r.tone);
      const asks = this.asksOf(r.id, r.asks, listened, text);
      return {
        id: r.id,
        sourceId: r.source_id,
        source: source?.title ?? 'a removed source',
        widelyRead: source?.widely_read === 1,
        title: r.title,
        link: r.link,
        author: r.author,
        publishedAt: r.published_at,
        excerpt: r.excerpt,
        replyCount: r.reply_count ?? 0,
        tone: shownTone(this.toneFor(r.id, r.tone, text), asks),
        asks,
        listened,
        text,
      };
    });
  }
}
