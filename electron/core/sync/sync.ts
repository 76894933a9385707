// Sync: fetch every due source (bounded, concurrently with per-host limits), parse, store, report progress.
// One source's failure is recorded on that source and never stops the others.
import type { SyncProgress, SyncSourceResult, SyncSummary } from '../../../shared/model';
import type { Log } from '../log';
import { fetchFeed } from '../feeds/fetch';
import { createHostLimiter } from '../feeds/limits';
import { loadListenerData } from '../listen/listener';
import { encodedWriter, storeWorkerPath } from '../store';
import { existingQuery, planUpsert, type ConversationsTable, type ExistingRow } from '../store/conversations-table';
import { decodeStatements } from '../store/journal';
import type { SettingsTable } from '../store/settings-table';
import type { SourceForSync, SourcesTable } from '../store/sources-table';
import type { Statement, Store } from '../store/types';
import { isDiskFull } from '../util/system-errors';
import { nextAttempt } from './backoff';
import { openSyncWork, syncWorkerPath, type BuiltWrite, type SyncWork } from './work-client';

export interface SyncDeps {
  store: Store;
  sources: SourcesTable;
  conversations: ConversationsTable;
  settings: SettingsTable;
  clock: () => number;
  /** Injected fetch; unset, fetchFeed uses node:http and node:https. */
  fetch?: typeof globalThis.fetch;
  log: Log;
  userAgent: string;
  onProgress: (progress: SyncProgress) => void;
  onChanged: () => void;
  /** Work that follows a sync (full text of matching conversations, clean-up); runs after the result is returned. */
  afterSync?: (startedAt: number) => void;
  /** The sync worker script; by default the one beside the store worker (none: the work runs on this thread). */
  syncWorkerPath?: string | null;
  /** How many sync workers (default: by the number of cores). */
  syncWorkers?: number;
}

/** What one run shares between its sources. */
interface RunState {
  startedAt: number;
  /** The parse/listen worker, started on first need (a run where every source is unchanged never starts it). */
  work(): SyncWork;
  /** Sends the listener's data to the work once: watch words compiled once, duplicates compared across sources. */
  listenerReady(): Promise<void>;
  /** Status-only updates (unchanged sources), written together at the end of the run. */
  statusOnly: Statement[];
}

export const LAST_SYNC_KEY = 'internal.lastSyncedAt';

let nextJob = 1;

export class Sync {
  private running: Promise<SyncSummary> | null = null;
  private progress: SyncProgress = { running: false, done: 0, total: 0, current: null };

  constructor(private readonly deps: SyncDeps) {}

  status(): SyncProgress {
    return this.progress;
  }

  /**
   * Runs a sync, or joins the one already running. Named sources are tried even while backing off; a running sync
   * chose its sources when it started, so named ones (a source just added) are read in a run of their own after it.
   */
  run(sourceIds?: string[]): Promise<SyncSummary> {
    if (this.running && sourceIds?.length) {
      const after = this.running.catch(() => undefined);
      return after.then(() => this.run(sourceIds));
    }
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
    const all = await sources.list({ counts: false });
    const named = sourceIds ? new Set(sourceIds) : null;
    const due = all.filter((s) =>
      named ? named.has(s.id) : !s.paused && (s.nextAttemptAt === null || s.nextAttemptAt <= startedAt),
    );
    const { syncConcurrency } = await settings.get();
    const limiter = createHostLimiter({ perHost: 2, global: Math.max(1, syncConcurrency) });
    let work: SyncWork | null = null;
    let listenerSent: Promise<void> | null = null;
    const workPath = this.deps.syncWorkerPath !== undefined ? this.deps.syncWorkerPath : syncWorkerPath(storeWorkerPath(this.deps.store));
    const run: RunState = {
      startedAt,
      work: () => (work ??= openSyncWork(workPath, log, this.deps.syncWorkers)),
      listenerReady: () =>
        (listenerSent ??= loadListenerData(this.deps.store, startedAt).then((data) => run.work().setListener(data))),
      statusOnly: [],
    };
    const results: SyncSourceResult[] = [];
    this.setProgress({ running: true, done: 0, total: due.length, current: null });
    await Promise.all(
      due.map((source) =>
        limiter.run(source.url, async () => {
          const result = await this.syncSource(source, run).catch((err: unknown): SyncSourceResult => {
            log.error(`sync of ${source.url} failed unexpectedly`, err);
            // A full disk is no fault of the source: say what it is.
            const message = isDiskFull(err)
              ? "Earshot couldn't save what it read: the disk is full. Make some room and sync again."
              : 'Something went wrong while reading this source.';
            return { ...empty(source), status: 'unreachable', message };
          });
          results.push(result);
          this.setProgress({ running: true, done: results.length, total: due.length, current: result });
        }),
      ),
    );
    await (work as SyncWork | null)?.close();
    const finishedAt = clock();
    try {
      await this.deps.store.write([...run.statusOnly, settings.setValueStatement(LAST_SYNC_KEY, finishedAt)]);
    } finally {
      // Even when that write fails (a full disk): a sync that has ended must not go on showing as running.
      this.setProgress({ running: false, done: results.length, total: due.length, current: null });
    }
    this.deps.onChanged();
    // The day's backup is made after (afterSync), off the sync's own time.
    this.deps.afterSync?.(startedAt);
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

  private async syncSource(source: SourceForSync, run: RunState): Promise<SyncSourceResult> {
    const { clock, log, store, sources } = this.deps;
    const outcome = await fetchFeed(
      { url: source.url, etag: source.etag, lastModified: source.lastModified },
      { fetch: this.deps.fetch, userAgent: this.deps.userAgent },
    );
    const now = clock();
    const moved = outcome.kind !== 'failed' && outcome.movedTo ? { url: outcome.movedTo } : {};
    if (outcome.kind === 'not-modified') {
      // Nothing but the time changes: no transaction of its own, it goes with the run's last write.
      run.statusOnly.push(
        sources.recordStatement(source.id, { status: 'ok', message: '', at: now, ok: true, failures: 0, nextAttemptAt: null, ...moved }),
      );
      return { ...empty(source), status: 'ok', notModified: true };
    }
    if (outcome.kind === 'failed') {
      log.warn(`source ${source.url}: ${outcome.detail}`);
      return this.recordFailure(source, outcome.status, outcome.message, outcome.retryAfterMs, now);
    }
    const work = run.work();
    const job = nextJob++;
    const parsed = await work.parse(job, { sourceId: source.id, body: outcome.body, baseUrl: outcome.finalUrl, contentType: outcome.contentType, now });
    if (!parsed.ok) {
      log.warn(`source ${source.url} could not be parsed`, parsed.detail);
      return this.recordFailure(source, parsed.status, parsed.message, null, now);
    }
    let built: BuiltWrite;
    try {
      let steps: ReturnType<typeof planUpsert> = [];
      if (parsed.keys.length) {
        const query = existingQuery(source.id, parsed.keys);
        steps = planUpsert(parsed.keys, await store.all<ExistingRow>(query.sql, query.params));
      }
      if (steps.length) await run.listenerReady();
      const titleIsPlaceholder = source.title === source.url || source.title === '';
      const status = sources.recordStatement(source.id, {
        status: 'ok',
        message: '',
        at: now,
        ok: true,
        failures: 0,
        nextAttemptAt: null,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        siteUrl: parsed.link,
        ...(titleIsPlaceholder && parsed.title ? { title: parsed.title } : {}),
        ...moved,
      });
      built = await work.build(job, { sourceId: source.id, kind: source.kind, now, steps, tail: [status] });
    } catch (err) {
      work.drop(job);
      throw err;
    }
    await this.writeBuilt(built.write);
    return { ...empty(source), status: 'ok', added: built.added, updated: built.updated };
  }

  /** Writes what the work built: encoded bytes go to the store worker as they are. */
  private async writeBuilt(write: Statement[] | Uint8Array): Promise<void> {
    if (!(write instanceof Uint8Array)) {
      await this.deps.store.write(write);
      return;
    }
    const writer = encodedWriter(this.deps.store);
    if (writer) await writer(write);
    else await this.deps.store.write(decodeStatements(write));
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
