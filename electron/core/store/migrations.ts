// Numbered schema migrations. Append only: never edit a migration that has shipped.
// Applied inside the worker at open, each in a transaction, tracked by PRAGMA user_version.

export interface Migration {
  version: number;
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        site_url TEXT,
        kind TEXT NOT NULL DEFAULT 'general',
        group_name TEXT,
        paused INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'new',
        status_message TEXT NOT NULL DEFAULT '',
        etag TEXT,
        last_modified TEXT,
        last_synced_at INTEGER,
        last_ok_at INTEGER,
        next_attempt_at INTEGER,
        failures INTEGER NOT NULL DEFAULT 0,
        added_at INTEGER NOT NULL
      )`,
      // Bodies are stored deflated (content BLOB) to keep the file small; excerpt is plain text for lists and FTS.
      `CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL,
        guid TEXT NOT NULL,
        link TEXT,
        title TEXT NOT NULL,
        author TEXT,
        published_at INTEGER NOT NULL,
        fetched_at INTEGER NOT NULL,
        updated_at INTEGER,
        excerpt TEXT NOT NULL DEFAULT '',
        content BLOB,
        content_hash TEXT,
        enclosures TEXT,
        comments_url TEXT,
        reply_count INTEGER,
        tone TEXT,
        UNIQUE (source_id, guid)
      )`,
      `CREATE INDEX conversations_published ON conversations (published_at DESC)`,
      `CREATE INDEX conversations_source ON conversations (source_id, published_at DESC)`,
      `CREATE INDEX conversations_link ON conversations (link)`,
      // Full-text search over title + excerpt; docid = conversations.rowid.
      `CREATE VIRTUAL TABLE conversations_fts USING fts4 (title, body, tokenize=unicode61)`,
      `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      // Room for the capabilities that follow (listening, brief, follow-ups); filled by later issues.
      `CREATE TABLE watch_words (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, word TEXT NOT NULL, aliases TEXT, exclusions TEXT,
        added_at INTEGER NOT NULL
      )`,
      `CREATE TABLE bookmarks (
        conversation_id TEXT PRIMARY KEY, note TEXT NOT NULL DEFAULT '', snapshot TEXT, created_at INTEGER NOT NULL
      )`,
      `CREATE TABLE people (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT, team TEXT, owns TEXT, added_at INTEGER NOT NULL
      )`,
      `CREATE TABLE forwards (
        id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, person_id TEXT, note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open', remind_at INTEGER, reply_link TEXT, snapshot TEXT,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
      )`,
      `CREATE TABLE briefs (id TEXT PRIMARY KEY, window_start INTEGER NOT NULL, window_end INTEGER NOT NULL,
        data TEXT NOT NULL, created_at INTEGER NOT NULL, read_at INTEGER)`,
      `CREATE TABLE daily_totals (day TEXT NOT NULL, source_id TEXT NOT NULL, tone TEXT NOT NULL,
        count INTEGER NOT NULL, PRIMARY KEY (day, source_id, tone))`,
    ],
  },
  {
    // Listening, follow-ups and reading: what each conversation says (tone, matches, questions, duplicates),
    // full text for offline reading, replies in threads, and the history of every forward.
    version: 2,
    statements: [
      `ALTER TABLE conversations ADD COLUMN tone_words TEXT`,
      `ALTER TABLE conversations ADD COLUMN matches TEXT`,
      `ALTER TABLE conversations ADD COLUMN relevant INTEGER NOT NULL DEFAULT 1`,
      `ALTER TABLE conversations ADD COLUMN asks INTEGER NOT NULL DEFAULT 0`,
      `ALTER TABLE conversations ADD COLUMN duplicate_of TEXT`,
      `ALTER TABLE conversations ADD COLUMN fingerprint TEXT`,
      `ALTER TABLE conversations ADD COLUMN full_text BLOB`,
      `ALTER TABLE conversations ADD COLUMN parent_id TEXT`,
      `CREATE INDEX conversations_tone ON conversations (tone, published_at)`,
      `CREATE INDEX conversations_parent ON conversations (parent_id)`,
      `CREATE INDEX conversations_duplicate ON conversations (duplicate_of)`,
      `ALTER TABLE sources ADD COLUMN muted INTEGER NOT NULL DEFAULT 0`,
      `ALTER TABLE sources ADD COLUMN widely_read INTEGER NOT NULL DEFAULT 0`,
      `CREATE TABLE muted_words (word TEXT PRIMARY KEY, added_at INTEGER NOT NULL)`,
      `CREATE TABLE forward_events (
        forward_id TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', at INTEGER NOT NULL
      )`,
      `CREATE INDEX forward_events_forward ON forward_events (forward_id, at)`,
      `CREATE TABLE images (url TEXT PRIMARY KEY, path TEXT NOT NULL, bytes INTEGER NOT NULL, type TEXT,
        fetched_at INTEGER NOT NULL, conversation_id TEXT)`,
    ],
  },
  {
    // Search as you type: an index of 3- and 4-letter prefixes, so "bat" finds "battery" without walking every term.
    version: 3,
    statements: [
      `CREATE VIRTUAL TABLE conversations_fts_v3 USING fts4 (title, body, tokenize=unicode61, prefix="3,4")`,
      `INSERT INTO conversations_fts_v3 (docid, title, body) SELECT docid, title, body FROM conversations_fts`,
      `DROP TABLE conversations_fts`,
      `ALTER TABLE conversations_fts_v3 RENAME TO conversations_fts`,
    ],
  },
  {
    // What the conversation list counts (listed, and what is not and why) read from a small index, not by walking
    // every row with its stored text: at 100k conversations the walk took a quarter of a second.
    version: 4,
    statements: [`CREATE INDEX conversations_listed ON conversations (source_id, relevant, duplicate_of, parent_id)`],
  },
  {
    // The company's own channels (its blog, its status page): read and listed, but what they say is not what
    // customers say, so the brief leaves them out.
    version: 5,
    statements: [`ALTER TABLE sources ADD COLUMN own INTEGER NOT NULL DEFAULT 0`],
  },
  {
    // A review's stars (1 to 5), the reviewer's own word on how they feel: the listen step reads them.
    version: 6,
    statements: [`ALTER TABLE conversations ADD COLUMN stars REAL`],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
