// Assembles what the reader shows: the conversation (its kept full text when there is one), its replies, and
// kept pictures inlined.
import type { ReadThread } from '../../../shared/api-read';
import type { EngineContext } from '../context';
import { inflate, isSummaryOnly } from './full-text';
import { inlineImages } from './images';
import { fetchReplies, repliesDue, storedReplies, type ThreadContext } from './threads';

export type ViewContext = ThreadContext & Pick<EngineContext, 'dataDir'>;

export async function readThread(ctx: ViewContext, id: string, refresh: boolean): Promise<ReadThread | null> {
  const conversation = await ctx.conversations.get(id);
  if (!conversation) return null;
  let refreshed = false;
  if (refresh && conversation.commentsUrl && repliesDue(ctx, id)) {
    refreshed = (await fetchReplies(ctx, id)) !== null;
  }
  const row = await ctx.store.get<{ full_text: Uint8Array | null }>(`SELECT full_text FROM conversations WHERE id = ?`, [id]);
  const fullText = row?.full_text ? inflate(row.full_text) : '';
  const budget = { left: 12 * 1024 * 1024 };
  const summaryOnly = !fullText && isSummaryOnly(conversation.contentHtml, conversation.link);
  const contentHtml = await inlineImages(ctx, fullText || conversation.contentHtml, budget);
  const replies = await storedReplies(ctx, id);
  for (const reply of replies) reply.contentHtml = await inlineImages(ctx, reply.contentHtml, budget);
  return { conversation: { ...conversation, contentHtml }, replies, fullText: !!fullText, summaryOnly, refreshed };
}
