// SQL for watch words and muted words. Aliases and exclusions are stored as JSON lists.
import type { WatchKind, WatchWord } from '../../../shared/api-listen';
import type { Statement, Store } from '../store/types';

interface WatchRow {
  id: string;
  kind: string;
  word: string;
  aliases: string | null;
  exclusions: string | null;
  added_at: number;
}

export const WATCH_KINDS: readonly WatchKind[] = ['company', 'product', 'competitor', 'person', 'topic'];

function list(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function toWatchWord(row: WatchRow): WatchWord {
  return {
    id: row.id,
    kind: (WATCH_KINDS as readonly string[]).includes(row.kind) ? (row.kind as WatchKind) : 'topic',
    word: row.word,
    aliases: list(row.aliases),
    exclusions: list(row.exclusions),
    addedAt: row.added_at,
  };
}

export class WatchTable {
  constructor(private readonly store: Store) {}

  async list(): Promise<WatchWord[]> {
    const rows = await this.store.all<WatchRow>(`SELECT * FROM watch_words ORDER BY added_at, rowid`);
    return rows.map(toWatchWord);
  }

  async get(id: string): Promise<WatchWord | null> {
    const row = await this.store.get<WatchRow>(`SELECT * FROM watch_words WHERE id = ?`, [id]);
    return row ? toWatchWord(row) : null;
  }

  saveStatement(w: WatchWord): Statement {
    return {
      sql: `INSERT OR REPLACE INTO watch_words (id, kind, word, aliases, exclusions, added_at) VALUES (?, ?, ?, ?, ?, ?)`,
      params: [w.id, w.kind, w.word, JSON.stringify(w.aliases), JSON.stringify(w.exclusions), w.addedAt],
    };
  }

  removeStatement(id: string): Statement {
    return { sql: `DELETE FROM watch_words WHERE id = ?`, params: [id] };
  }

  async mutedWords(): Promise<string[]> {
    const rows = await this.store.all<{ word: string }>(`SELECT word FROM muted_words ORDER BY word`);
    return rows.map((r) => r.word);
  }

  muteStatement(word: string, at: number): Statement {
    return { sql: `INSERT OR IGNORE INTO muted_words (word, added_at) VALUES (?, ?)`, params: [word, at] };
  }

  unmuteStatement(word: string): Statement {
    return { sql: `DELETE FROM muted_words WHERE word = ? COLLATE NOCASE`, params: [word] };
  }
}
