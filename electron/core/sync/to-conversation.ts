// Turns a parsed item into the stored conversation model: stable ids, a date, a plain excerpt.
import type { NewConversation } from '../store/conversations-table';
import { trimSiteTrailers } from '../feeds/site-trailers';
import type { ParsedItem } from '../feeds/types';
import { contentHash, stableId } from '../util/ids';
import { clip, htmlToText } from '../util/text';

const EXCERPT_CHARS = 320;
const DAY = 86_400_000;

export function toConversation(sourceId: string, item: ParsedItem, now: number): NewConversation {
  // What Reddit and hnrss.org add to every item is not what the person said.
  const content = trimSiteTrailers(item.content, item.link);
  const summary = trimSiteTrailers(item.summary, item.link);
  const html = content.html || summary.html;
  const text = htmlToText(summary.html || content.html);
  const replyCount = item.replyCount ?? content.replyCount ?? summary.replyCount;
  const title = item.title.trim() || clip(text, 90) || 'Untitled';
  // guid first, then link, then what the item says: the same item must get the same id on every sync.
  const guid = item.id?.trim() || item.link || `${title}\u0000${item.published ?? ''}\u0000${clip(text, 200)}`;
  const parsed = item.published ? Date.parse(item.published) : NaN;
  // No date, or one far in the future (a wrong clock at the source): use the time we first saw it.
  const publishedAt = Number.isFinite(parsed) && parsed <= now + DAY ? Math.min(parsed, now) : now;
  return {
    id: stableId(sourceId, guid),
    guid,
    link: item.link,
    title,
    author: item.author,
    publishedAt,
    excerpt: clip(text, EXCERPT_CHARS),
    contentHtml: html,
    // Stars join the hash only when given, so items without them keep the hash they were stored with.
    contentHash: contentHash(title, item.link ?? '', html, String(replyCount ?? ''), ...(item.stars !== null ? [String(item.stars)] : [])),
    enclosures: item.enclosures,
    commentsUrl: item.commentsUrl,
    replyCount,
    stars: item.stars,
  };
}
