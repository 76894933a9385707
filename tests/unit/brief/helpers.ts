// Set-up for the brief tests: a real store in a throwaway folder, conversations written straight into it,
// and stand-ins for listening's themes and questions so the brief's own logic is what is tested.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiEvent } from '../../../shared/api';
import type { Tone } from '../../../shared/model';
import { briefApi } from '../../../electron/core/brief/api';
import type { FoundTheme, ListenParts } from '../../../electron/core/brief/listen-parts';
import type { EngineContext } from '../../../electron/core/context';
import { silentLog } from '../../../electron/core/log';
import { openStore, type Store } from '../../../electron/core/store';
import { SettingsTable } from '../../../electron/core/store/settings-table';
import { WORKER_PATH } from '../../support/paths';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const NOW = Date.parse('2026-11-22T08:00:00Z');

export interface TestConversation {
  id: string;
  source?: string;
  title?: string;
  excerpt?: string;
  at: number;
  tone?: Tone | null;
  replies?: number;
  asks?: boolean;
  link?: string | null;
  relevant?: boolean;
}

export class Harness {
  readonly dir = mkdtempSync(join(tmpdir(), 'earshot-brief-test-'));
  now = NOW;
  store!: Store;
  events: Array<{ event: ApiEvent; payload: unknown }> = [];

  async open(): Promise<this> {
    this.store = await openStore({ dataDir: this.dir, clock: () => this.now, log: silentLog, workerPath: WORKER_PATH });
    return this;
  }

  async addSource(id: string, title: string, extra: { widelyRead?: boolean; status?: string; muted?: boolean } = {}): Promise<void> {
    await this.store.write([
      {
        sql: `INSERT INTO sources (id, url, title, kind, status, widely_read, muted, added_at) VALUES (?, ?, ?, 'search', ?, ?, ?, ?)`,
        params: [id, `https://example.com/${id}.xml`, title, extra.status ?? 'ok', extra.widelyRead ? 1 : 0, extra.muted ? 1 : 0, 0],
      },
    ]);
  }

  async add(items: TestConversation[]): Promise<void> {
    const statements = items.map((c) => ({
      sql: `INSERT INTO conversations (id, source_id, guid, link, title, author, published_at, fetched_at, excerpt, reply_count,
              tone, asks, relevant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      params: [
        c.id, c.source ?? 's1', c.id, c.link === undefined ? `https://example.com/t/${c.id}` : c.link, c.title ?? `Post ${c.id}`,
        `@user_${c.id}`, c.at, c.at, c.excerpt ?? `Post ${c.id} says something about the bikes.`, c.replies ?? null,
        c.tone === undefined ? 'neutral' : c.tone, c.asks ? 1 : 0, c.relevant === false ? 0 : 1,
      ],
    }));
    for (let i = 0; i < statements.length; i += 500) await this.store.write(statements.slice(i, i + 500));
  }

  context(): EngineContext {
    // Only what the brief area uses is real; the rest is never touched by it.
    return {
      store: this.store,
      settings: new SettingsTable(this.store),
      clock: () => this.now,
      log: silentLog,
      emit: (event: ApiEvent, payload: unknown) => void this.events.push({ event, payload }),
    } as unknown as EngineContext;
  }

  api(parts: ListenParts = fakeParts()) {
    return briefApi(this.context(), parts);
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Themes by a word in the title ("battery", "delivery"…), questions by a question mark. */
export function fakeParts(words = ['battery', 'delivery', 'brakes', 'app', 'price']): ListenParts {
  return {
    themes(items, { max }) {
      const themes: FoundTheme[] = [];
      for (const word of words) {
        const members = items.filter((i) => i.text.toLowerCase().includes(word));
        if (members.length < 2) continue;
        const toneCounts = { pleased: 0, unhappy: 0, asking: 0, neutral: 0 };
        for (const m of members) toneCounts[m.tone]++;
        const tone = (Object.keys(toneCounts) as Tone[]).sort((a, b) => toneCounts[b] - toneCounts[a])[0]!;
        themes.push({ key: word, label: `${word} trouble`, conversationIds: members.map((m) => m.id), tone, toneCounts, keyWords: [word] });
      }
      return themes.sort((a, b) => b.conversationIds.length - a.conversationIds.length).slice(0, max);
    },
    asks: (text) => /\?/.test(text) && /kestrel/i.test(text),
    questionSentence: (text) => /[^.!?]*\?/.exec(text)?.[0]?.trim() ?? null,
  };
}
