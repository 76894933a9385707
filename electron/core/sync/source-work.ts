// The CPU side of syncing one source — parse → normalize → sanitize → listen (tone, watch words, fingerprint) →
// deflated rows — kept free of the store and of I/O, so it runs the same in the sync worker and, where no worker
// bundle exists, on the calling thread. A job is parsed first (the caller then asks the store which items are
// new) and built second.
import type { SourceKind, SourceStatus } from '../../../shared/model';
import { parseFeed } from '../feeds/parse';
import { FeedError } from '../feeds/types';
import { listenerFrom, type Listener, type ListenerData } from '../listen/listener';
import { upsertStatementsFor, type ItemKey, type NewConversation, type UpsertStep } from '../store/conversations-table';
import type { Statement } from '../store/types';
import { toConversation } from './to-conversation';

export interface ParseRequest {
  sourceId: string;
  body: Uint8Array;
  baseUrl: string;
  contentType: string | null;
  now: number;
}

export type ParseResult =
  | { ok: true; title: string; link: string | null; keys: ItemKey[] }
  | { ok: false; status: SourceStatus; message: string; detail: string };

export interface BuildRequest {
  sourceId: string;
  kind: SourceKind;
  now: number;
  steps: UpsertStep[];
  /** Statements to append in the same transaction (the source's status). */
  tail: Statement[];
}

export interface Built {
  statements: Statement[];
  added: number;
  updated: number;
  /**
   * With dedupe off: each new conversation's id and fingerprint, in order. The caller answers with finish(),
   * giving for each the conversation it repeats (or null); until then `statements` are not final.
   */
  prints: Array<{ id: string; fingerprint: string | null }>;
}

const NOT_READABLE = "This address doesn't give Earshot anything it can read.";

export class SourceWork {
  private readonly jobs = new Map<number, NewConversation[]>();
  private readonly unfinished = new Map<number, { statements: Statement[]; inserts: Statement[] }>();
  private listener: Listener | null = null;
  /** False: duplicates are settled by the caller (several of these run at once, see Listener.listen). */
  private dedupe = true;

  get hasListener(): boolean {
    return this.listener !== null;
  }

  setListener(data: ListenerData, dedupe = true): void {
    this.listener = listenerFrom(data);
    this.dedupe = dedupe;
  }

  async parse(job: number, req: ParseRequest): Promise<ParseResult> {
    try {
      const feed = await parseFeed(req.body, { baseUrl: req.baseUrl, contentType: req.contentType });
      const items = feed.items.map((item) => toConversation(req.sourceId, item, req.now));
      this.jobs.set(job, items);
      return { ok: true, title: feed.title, link: feed.link, keys: items.map((i) => ({ id: i.id, link: i.link, contentHash: i.contentHash })) };
    } catch (err) {
      const known = err instanceof FeedError;
      return {
        ok: false,
        status: known ? err.status : 'not-a-feed',
        message: known ? err.message : NOT_READABLE,
        detail: err instanceof Error ? (err.stack ?? err.message) : String(err),
      };
    }
  }

  build(job: number, req: BuildRequest): Built {
    const items = this.jobs.get(job) ?? [];
    this.jobs.delete(job);
    const listener = req.steps.length ? this.listener : null;
    if (req.steps.length && !listener) throw new Error('The listener was not set before building a source.');
    const built = upsertStatementsFor(
      req.sourceId,
      items,
      req.steps,
      req.now,
      listener ? (item, isNew) => listener.listen(req.sourceId, req.kind, item, isNew, this.dedupe) : undefined,
    );
    built.statements.push(...req.tail);
    const prints = this.dedupe ? [] : built.inserted.map(({ id, fingerprint }) => ({ id, fingerprint }));
    if (prints.length) this.unfinished.set(job, { statements: built.statements, inserts: built.inserted.map((i) => i.statement) });
    return { statements: built.statements, added: built.added, updated: built.updated, prints };
  }

  /** Fills in duplicate_of (the INSERT's last parameter) for a job built with prints; returns the final statements. */
  finish(job: number, duplicateOf: Array<string | null>): Statement[] {
    const open = this.unfinished.get(job);
    if (!open) throw new Error('There is no built source waiting for its duplicates.');
    this.unfinished.delete(job);
    if (duplicateOf.length !== open.inserts.length) throw new Error('The duplicate answers do not match the new conversations.');
    open.inserts.forEach((s, i) => {
      const params = s.params!;
      params[params.length - 1] = duplicateOf[i] ?? null;
    });
    return open.statements;
  }

  drop(job: number): void {
    this.jobs.delete(job);
    this.unfinished.delete(job);
  }
}
