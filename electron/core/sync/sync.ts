// Sync: fetch every due source (bounded, concurrently with per-host limits), parse, store, report progress.
// One source's failure is recorded on that source and never stops the others.
import type { SyncProgress, SyncSourceResult, SyncSummary } from '../../../shared/model';
import type { Log } from '../log';
import { fetchFeed } from '../feeds/fetch';
import { createHostLimiter } from '../feeds/limits';
import { parseFeed } from '../feeds/parse';
import { FeedError } from '../feeds/types';
import { prepareListener, type Listener } from '../listen/listener';
import type { ConversationsTable } from '../store/conversations-table';
import type { SettingsTable } from '../store/settings-table';
import type { SourceForSync, SourcesTable } from '../store/sources-table';
import type { Store } from '../store/types';
import { nextAttempt } from './backoff';
import { toConversation } from './to-conversation';

export interface SyncDeps {
  store: Store;
  sources: SourcesTable;
  conversations: ConversationsTable;
  settings: SettingsTable;
  clock: () => number;
  fetch: typeof globalThis.fetch;
  log: Log;
  userAgent: string;
  onProgress: (progress: SyncProgress) => void;
  onChanged: () => void;
}

export const LAST_SYNC_KEY = 'internal.lastSyncedAt';

export class Sync {
  private running: Promise<SyncSummary> | null = null;
  private progress: SyncProgress = { running: false, done: 0, total: 0, current: null };

  constructor(private readonly deps: SyncDeps) {}

  status(): SyncProgress {
    return this.progress;
  }

  /** Runs a sync, or joins the one already running. Named sources are tried even while backing off. */
  run(sourceIds?: string[]): Promise<SyncSummary> {
    if (!this.running) {
      this.running = this.runOnce(sourceIds).finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Resolves when no sync is running. */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async runOnce(sourceIds?: string[]): Promise<SyncSummary> {
    const { clock, settings, sources, log } = this.deps;
    const startedAt = clock();
    const all = await sources.list();
    const named = sourceIds ? new Set(sourceIds) : null;
    const due = all.filter((s) =>
      named ? named.has(s.id) : !s.paused && (s.nextAttemptAt === null || s.nextAttemptAt <= startedAt),
    );
    const { syncConcurrency } = await settings.get();
    const limiter = createHostLimiter({ perHost: 2, global: Math.max(1, syncConcurrency) });
    // One listener for the whole run: watch words compiled once, duplicates compared across every source.
    // Prepared on first need, so a run where every source is unchanged (304) doesn't pay for it.
    let prepared: Promise<Listener> | null = null;
    const listener = (): Promise<Listener> => (prepared ??= prepareListener(this.deps.store, startedAt));
    const results: SyncSourceResult[] = [];
    this.setProgress({ running: true, done: 0, total: due.length, current: null });
    await Promise.all(
      due.map((source) =>
        limiter.run(source.url, async () => {
          const result = await this.syncSource(source, listener).catch((err: unknown): SyncSourceResult => {
            log.error(`sync of ${source.url} failed unexpectedly`, err);
            return { ...empty(source), status: 'unreachable', message: 'Something went wrong while reading this source.' };
          });
          results.push(result);
          this.setProgress({ running: true, done: results.length, total: due.length, current: result });
        }),
      ),
    );
    const finishedAt = clock();
    await this.deps.store.write([settings.setValueStatement(LAST_SYNC_KEY, finishedAt)]);
    this.setProgress({ running: false, done: results.length, total: due.length, current: null });
    this.deps.onChanged();
    await this.deps.store.backupIfDue().catch((err: unknown) => log.warn('daily backup failed', err));
    return {
      startedAt,
      finishedAt,
      sources: results,
      added: results.reduce((n, r) => n + r.added, 0),
      updated: results.reduce((n, r) => n + r.updated, 0),
      failed: results.filter((r) => r.status !== 'ok').length,
    };
  }

  private setProgress(progress: SyncProgress): void {
    this.progress = progress;
    this.deps.onProgress(progress);
  }

  private async syncSource(source: SourceForSync, getListener: () => Promise<Listener>): Promise<SyncSourceResult> {
    const { clock, log, store, sources, conversations } = this.deps;
    const outcome = await fetchFeed(
      { url: source.url, etag: source.etag, lastModified: source.lastModified },
      { fetch: this.deps.fetch, userAgent: this.deps.userAgent },
    );
    const now = clock();
    const moved = outcome.kind !== 'failed' && outcome.movedTo ? { url: outcome.movedTo } : {};
    if (outcome.kind === 'not-modified') {
      await store.write([
        sources.recordStatement(source.id, { status: 'ok', message: '', at: now, ok: true, failures: 0, nextAttemptAt: null, ...moved }),
      ]);
      return { ...empty(source), status: 'ok', notModified: true };
    }
    if (outcome.kind === 'failed') {
      log.warn(`source ${source.url}: ${outcome.detail}`);
      return this.recordFailure(source, outcome.status, outcome.message, outcome.retryAfterMs, now);
    }
    let feed;
    try {
      feed = await parseFeed(outcome.body, { baseUrl: outcome.finalUrl, contentType: outcome.contentType });
    } catch (err) {
      const message = err instanceof FeedError ? err.message : "This address doesn't give Earshot anything it can read.";
      log.warn(`source ${source.url} could not be parsed`, err);
      return this.recordFailure(source, err instanceof FeedError ? err.status : 'not-a-feed', message, null, now);
    }
    const items = feed.items.map((item) => toConversation(source.id, item, now));
    const listener = items.length ? await getListener() : null;
    const { statements, added, updated } = await conversations.upsertStatements(
      source.id,
      items,
      now,
      listener ? (item, isNew) => listener.listen(source.id, source.kind, item, isNew) : undefined,
    );
    const titleIsPlaceholder = source.title === source.url || source.title === '';
    await store.write([
      ...statements,
      sources.recordStatement(source.id, {
        status: 'ok',
        message: '',
        at: now,
        ok: true,
        failures: 0,
        nextAttemptAt: null,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        siteUrl: feed.link,
        ...(titleIsPlaceholder && feed.title ? { title: feed.title } : {}),
        ...moved,
      }),
    ]);
    return { ...empty(source), status: 'ok', added, updated };
  }

  private async recordFailure(
    source: SourceForSync,
    status: SyncSourceResult['status'],
    message: string,
    retryAfterMs: number | null,
    now: number,
  ): Promise<SyncSourceResult> {
    const failures = status === 'offline' ? source.consecutiveFailures : source.consecutiveFailures + 1;
    await this.deps.store.write([
      this.deps.sources.recordStatement(source.id, {
        status,
        message,
        at: now,
        ok: false,
        failures,
        nextAttemptAt: nextAttempt(now, failures, status, retryAfterMs),
      }),
    ]);
    return { ...empty(source), status, message };
  }
}

function empty(source: SourceForSync): SyncSourceResult {
  return { sourceId: source.id, title: source.title, status: 'ok', message: '', added: 0, updated: 0, notModified: false, skipped: false };
}
