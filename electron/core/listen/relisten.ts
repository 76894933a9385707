// Listening again to stored conversations after the watch words or muted words change, so relevance and the
// highlighted matches follow. Bounded: the newest conversations only, written in one transaction.
import type { SourceKind, Tone } from '../../../shared/model';
import type { EngineContext } from '../context';
import type { Statement, Store } from '../store/types';
import { Listener, loadListenSetup } from './listener';
import { toneOfReview } from './tone';

/** When names, muted words or muted sources last changed (a private settings value): the brief follows it. */
export const LISTENING_CHANGED_KEY = 'listen.changedAt';

/** The newest conversations listened to again at once; older ones keep what they had. */
export const RELISTEN_LIMIT = 5000;

/**
 * The edition of the tone rules. Raise it with any change to what toneOf or toneOfReview says of a text: at the
 * next start the newest conversations are heard again (tone included) and the brief follows.
 */
export const TONE_RULES = 3;
const TONE_RULES_KEY = 'internal.toneRules';

interface Row {
  id: string;
  title: string;
  excerpt: string;
  kind: string | null;
  matches: string | null;
  relevant: number;
  asks: number;
  tone: string | null;
  tone_words: string | null;
  stars: number | null;
}

/** Returns how many conversations changed. `retone`: hear the tone again too (not only where none is stored). */
export async function relisten(store: Store, limit = RELISTEN_LIMIT, retone = false): Promise<number> {
  const listener = new Listener(await loadListenSetup(store));
  const rows = await store.all<Row>(
    `SELECT c.id, c.title, c.excerpt, s.kind, c.matches, c.relevant, c.asks, c.tone, c.tone_words, c.stars
     FROM conversations c LEFT JOIN sources s ON s.id = c.source_id
     ORDER BY c.published_at DESC LIMIT ?`,
    [limit],
  );
  const statements: Statement[] = [];
  for (const [n, row] of rows.entries()) {
    // Let other work run between slices: a re-listen may take a few hundred milliseconds in all.
    if (n > 0 && n % 500 === 0) await new Promise((r) => setImmediate(r));
    const kind: SourceKind = row.kind === 'search' ? 'search' : 'general';
    const heard = listener.watch.matchConversation(row.title, row.excerpt);
    const text = heard.matches.length ? JSON.stringify(heard.matches) : null;
    const relevant = listener.relevance(kind, row.title, row.excerpt, heard) ? 1 : 0;
    // Stored before the listen step existed (or heard by older rules): hear its tone too.
    const heardTone = row.tone === null || retone ? toneOfReview(`${row.title}. ${row.excerpt}`, row.stars) : null;
    const words = heardTone?.words.length ? JSON.stringify(heardTone.words) : null;
    // The words that tipped it are shown in the reader: newer rules may name others for the same tone.
    const tone = heardTone && (heardTone.tone !== row.tone || words !== row.tone_words) ? heardTone : null;
    // Whether it asks the company depends on the company's names, which may just have changed.
    const asks = listener.asks(row, ((tone?.tone ?? row.tone) as Tone | null) ?? undefined) ? 1 : 0;
    // Only if the words are still those heard here: a sync may have changed them since they were read.
    const same = `WHERE id = ? AND title = ? AND excerpt = ?`;
    if (tone) {
      statements.push({
        sql: `UPDATE conversations SET matches = ?, relevant = ?, tone = ?, tone_words = ?, asks = ? ${same}`,
        params: [text, relevant, tone.tone, words, asks, row.id, row.title, row.excerpt],
      });
    } else if (text !== row.matches || relevant !== row.relevant || asks !== row.asks) {
      statements.push({
        sql: `UPDATE conversations SET matches = ?, relevant = ?, asks = ? ${same}`,
        params: [text, relevant, asks, row.id, row.title, row.excerpt],
      });
    }
  }
  if (statements.length) await store.write(statements);
  return statements.length;
}

/**
 * After names or muted words change: the time is noted (the brief's totals and today's brief follow it), the newest
 * conversations are heard again, and today's brief is made again to match.
 */
export async function afterListeningChange(
  ctx: Pick<EngineContext, 'store' | 'settings' | 'clock' | 'changed' | 'listeningChanged'>,
  retone = false,
): Promise<void> {
  await ctx.store.write([ctx.settings.setValueStatement(LISTENING_CHANGED_KEY, ctx.clock())]);
  if (await relisten(ctx.store, RELISTEN_LIMIT, retone)) ctx.changed('conversations');
  ctx.listeningChanged();
}

/** At start: conversations heard by older tone rules are heard again, once (see TONE_RULES). */
export async function hearWithNewerRules(ctx: Pick<EngineContext, 'store' | 'settings' | 'clock' | 'changed' | 'listeningChanged'>): Promise<void> {
  const heardBy = (await ctx.settings.getValue<number>(TONE_RULES_KEY)) ?? 0;
  if (heardBy >= TONE_RULES) return;
  const anything = await ctx.store.get(`SELECT 1 AS one FROM conversations WHERE tone IS NOT NULL LIMIT 1`);
  if (anything) await afterListeningChange(ctx, true);
  await ctx.store.write([ctx.settings.setValueStatement(TONE_RULES_KEY, TONE_RULES)]);
}
