// Snapshots: what a conversation said, copied beside a bookmark or forward so it outlives the conversation.
import { ApiError } from '../../../shared/api';
import type { ConversationSnapshot } from '../../../shared/follow';
import { TONES, type Tone } from '../../../shared/model';
import type { EngineContext } from '../context';
import { clip, htmlToText } from '../util/text';

/** Enough text to make sense of a note years later, without copying a whole long article. */
const CONTENT_MAX = 8000;

function asTone(value: unknown): Tone | null {
  return typeof value === 'string' && (TONES as readonly string[]).includes(value) ? (value as Tone) : null;
}

/** The snapshot of a conversation in the store, or null when it isn't there. */
export async function takeSnapshot(ctx: EngineContext, conversationId: string): Promise<ConversationSnapshot | null> {
  const conversation = await ctx.conversations.get(conversationId);
  if (!conversation) return null;
  const toneRow = await ctx.store.get<{ tone: string | null }>(`SELECT tone FROM conversations WHERE id = ?`, [conversationId]);
  return {
    title: conversation.title,
    sourceId: conversation.sourceId,
    sourceTitle: conversation.sourceTitle,
    author: conversation.author,
    publishedAt: conversation.publishedAt,
    link: conversation.link,
    excerpt: conversation.excerpt,
    content: clip(htmlToText(conversation.contentHtml), CONTENT_MAX),
    tone: asTone(toneRow?.tone),
  };
}

export async function requireSnapshot(ctx: EngineContext, conversationId: string): Promise<ConversationSnapshot> {
  const snapshot = await takeSnapshot(ctx, conversationId);
  if (!snapshot) throw new ApiError('That conversation is no longer in Earshot.', 'not-found');
  return snapshot;
}

/** Reads a stored snapshot; tolerant of damaged or older JSON so one bad row never breaks a list. */
export function parseSnapshot(json: string | null, fallbackTitle = 'A conversation no longer in Earshot'): ConversationSnapshot {
  let raw: Partial<ConversationSnapshot> = {};
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (parsed && typeof parsed === 'object') raw = parsed as Partial<ConversationSnapshot>;
  } catch {
    raw = {};
  }
  const str = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
  const strOrNull = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    title: str(raw.title, fallbackTitle),
    sourceId: str(raw.sourceId, ''),
    sourceTitle: str(raw.sourceTitle, 'A removed source'),
    author: strOrNull(raw.author),
    publishedAt: typeof raw.publishedAt === 'number' ? raw.publishedAt : 0,
    link: strOrNull(raw.link),
    excerpt: str(raw.excerpt, ''),
    content: str(raw.content, ''),
    tone: asTone(raw.tone),
  };
}
