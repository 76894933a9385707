// The listen area's part of the Api: watch words, muting, other places of a story, ranking signals, set-up.
import { ApiError } from '../../../shared/api';
import type { ConversationSignals, ListenMethods, Muted, WatchWord } from '../../../shared/api-listen';
import type { AreaApi, EngineContext } from '../context';
import { toSummary } from '../store/conversations-table';
import { afterListeningChange, LISTENING_CHANGED_KEY } from './relisten';
import { applySetup, newWatchWord, previewSource, tidy } from './setup';
import { proposeSources } from './setup-templates';
import { WatchTable } from './watch-table';

const SUMMARY = `c.id, c.source_id, s.title AS source_title, c.title, c.link, c.author, c.published_at, c.excerpt, c.reply_count,
  c.tone, c.tone_words, c.matches`;

export function listenApi(ctx: EngineContext): AreaApi<ListenMethods> {
  const table = new WatchTable(ctx.store);

  /** Relevance follows the watch words: the newest stored conversations are heard again, and today's brief. */
  const afterChange = (): Promise<void> => afterListeningChange(ctx);

  async function muted(): Promise<Muted> {
    const rows = await ctx.store.all<{ id: string }>(`SELECT id FROM sources WHERE muted = 1 ORDER BY id`);
    return { words: await table.mutedWords(), sourceIds: rows.map((r) => r.id) };
  }

  async function setMuted(args: { word?: string; sourceId?: string }, on: boolean): Promise<Muted> {
    const word = args.word?.trim().replace(/\s+/g, ' ');
    if (!word && !args.sourceId) throw new ApiError('Say which word or source to mute.', 'invalid');
    if (args.sourceId) {
      const source = await ctx.sources.get(args.sourceId);
      if (!source) throw new ApiError('That source is no longer in Earshot.', 'not-found');
      await ctx.store.write([
        { sql: `UPDATE sources SET muted = ? WHERE id = ?`, params: [on ? 1 : 0, args.sourceId] },
        ctx.settings.setValueStatement(LISTENING_CHANGED_KEY, ctx.clock()),
      ]);
      ctx.changed('sources');
      ctx.changed('conversations');
      ctx.listeningChanged();
    }
    if (word) {
      await ctx.store.write([on ? table.muteStatement(word, ctx.clock()) : table.unmuteStatement(word)]);
      await afterChange();
    }
    return muted();
  }

  async function getWord(id: string): Promise<WatchWord> {
    const w = await table.get(id);
    if (!w) throw new ApiError('That watch word is no longer in Earshot.', 'not-found');
    return w;
  }

  return {
    async 'watch.list'() {
      return table.list();
    },
    async 'watch.add'({ word, kind, aliases, exclusions }) {
      const w = newWatchWord(word, kind ?? 'topic', aliases ?? [], exclusions ?? [], ctx.clock());
      const existing = await table.get(w.id);
      const saved: WatchWord = existing
        ? {
            ...existing,
            kind: kind ?? existing.kind,
            aliases: tidy([...existing.aliases, ...w.aliases]),
            exclusions: tidy([...existing.exclusions, ...w.exclusions]),
          }
        : w;
      await ctx.store.write([table.saveStatement(saved)]);
      await afterChange();
      return saved;
    },
    async 'watch.update'({ id, word, kind, aliases, exclusions }) {
      const old = await getWord(id);
      const next: WatchWord = {
        ...old,
        word: word?.trim().replace(/\s+/g, ' ') || old.word,
        kind: kind ?? old.kind,
        aliases: aliases ? tidy(aliases) : old.aliases,
        exclusions: exclusions ? tidy(exclusions) : old.exclusions,
      };
      await ctx.store.write([table.saveStatement(next)]);
      await afterChange();
      return next;
    },
    async 'watch.remove'({ id }) {
      const removed = (await table.get(id)) !== null;
      if (removed) {
        await ctx.store.write([table.removeStatement(id)]);
        await afterChange();
      }
      return { removed };
    },
    async 'listen.mute'(args) {
      return setMuted(args, true);
    },
    async 'listen.unmute'(args) {
      return setMuted(args, false);
    },
    async 'listen.muted'() {
      return muted();
    },
    async 'listen.widelyRead'({ sourceId, widelyRead }) {
      if (!(await ctx.sources.get(sourceId))) throw new ApiError('That source is no longer in Earshot.', 'not-found');
      await ctx.store.write([{ sql: `UPDATE sources SET widely_read = ? WHERE id = ?`, params: [widelyRead ? 1 : 0, sourceId] }]);
      ctx.changed('sources');
      return { sourceId, widelyRead };
    },
    async 'listen.signals'({ ids }) {
      if (ids.length === 0) return [];
      const marks = ids.map(() => '?').join(',');
      const rows = await ctx.store.all<{ id: string; reply_count: number | null; widely_read: number | null; places: number }>(
        `SELECT c.id, c.reply_count, s.widely_read,
           -- the original and its copies, less this one: for the original that is its copies; for a copy, the same count
           (SELECT COUNT(*) FROM conversations d WHERE d.duplicate_of = COALESCE(c.duplicate_of, c.id)) AS places
         FROM conversations c LEFT JOIN sources s ON s.id = c.source_id WHERE c.id IN (${marks})`,
        ids,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id): ConversationSignals[] => {
        const r = byId.get(id);
        if (!r) return [];
        // A story heard in many places is less new than one heard once.
        return [{ id, replies: r.reply_count, widelyRead: r.widely_read === 1, otherPlaces: r.places, novelty: 1 / (1 + r.places) }];
      });
    },
    async 'conversations.places'({ id }) {
      const row = await ctx.store.get<{ id: string; duplicate_of: string | null }>(
        `SELECT id, duplicate_of FROM conversations WHERE id = ?`,
        [id],
      );
      if (!row) throw new ApiError('That conversation is no longer in Earshot.', 'not-found');
      const original = row.duplicate_of ?? row.id;
      const rows = await ctx.store.all<Parameters<typeof toSummary>[0]>(
        `SELECT ${SUMMARY} FROM conversations c LEFT JOIN sources s ON s.id = c.source_id
         WHERE (c.id = ? OR c.duplicate_of = ?) AND c.id <> ? ORDER BY c.fetched_at, c.rowid LIMIT 100`,
        [original, original, id],
      );
      return rows.map(toSummary);
    },
    async 'setup.propose'(args) {
      if (!args.company.trim()) throw new ApiError('Please give the company’s name.', 'invalid');
      return proposeSources(args);
    },
    async 'setup.preview'({ url }) {
      return previewSource(ctx, url);
    },
    async 'setup.apply'(args) {
      const { sources, watchWords, words } = await applySetup(ctx, args);
      if (words.length) await ctx.store.write(words.map((w) => table.saveStatement(w)));
      if (sources) ctx.changed('sources');
      await afterChange();
      return { sources, watchWords };
    },
  };
}
