// The read area's part of the Api: threads, full text for offline reading, search, the network state.
import type { ReadMethods } from '../../../shared/api-read';
import type { AreaApi, EngineContext } from '../context';
import { captureOne } from './full-text';
import { networkState } from './network';
import { searchConversations } from './search';
import { fetchReplies } from './threads';
import { readThread } from './thread-view';

/**
 * Keeps a conversation for offline reading: its whole article, its pictures and its replies.
 * For the bookmark action to call (the follow-ups area) after a bookmark is added. Never throws.
 */
export async function keepForOffline(ctx: EngineContext, id: string): Promise<void> {
  try {
    await captureOne(ctx, id);
    await fetchReplies(ctx, id);
  } catch (err) {
    ctx.log.warn(`read: keeping ${id} for offline reading failed`, err);
  }
}

/**
 * For the sync to call with the conversations that match a watch word (and for bookmarks in bulk): keeps each
 * one's article, pictures and replies, one after another so a long list never floods a site. `localOnly`: nothing
 * from the web, only replies in files. Returns how many gained a full text.
 */
export async function captureFullText(ctx: EngineContext, ids: string[], opts: { localOnly?: boolean } = {}): Promise<number> {
  let kept = 0;
  for (const id of ids.slice(0, 500)) {
    try {
      // From a file on this computer (the sample data, an export): only what is on this computer too.
      if (!opts.localOnly && (await captureOne(ctx, id)).kept) kept++;
      await fetchReplies(ctx, id, opts);
    } catch (err) {
      ctx.log.warn(`read: keeping ${id} for offline reading failed`, err);
    }
  }
  return kept;
}

export function readApi(ctx: EngineContext): AreaApi<ReadMethods> {
  return {
    async 'read.thread'({ id, refresh }) {
      return readThread(ctx, id, refresh ?? false);
    },
    async 'read.fullText'({ id }) {
      return captureOne(ctx, id);
    },
    async 'search.query'(args) {
      return searchConversations(ctx.store, args);
    },
    async 'app.network'() {
      return networkState(ctx);
    },
  };
}
