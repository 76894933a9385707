// sql.js loading and a thin wrapper with a prepared-statement cache. Runs only inside the store worker.
import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic, Statement as SqlJsStatement } from 'sql.js';
import type { Row, SqlValue, Statement, WriteResult } from './types';

let sqlJs: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs({ locateFile: () => require.resolve('sql.js/dist/sql-wasm.wasm') });
  return sqlJs;
}

const CACHE_LIMIT = 200;

/** A sql.js database plus a small LRU of prepared statements (preparing dominates small queries). */
export class SqlDb {
  private readonly cache = new Map<string, SqlJsStatement>();

  constructor(readonly db: Database) {
    // The in-memory database needs no rollback journal on disk nor syncs: our own journal is the durability.
    // MEMORY (not OFF) keeps ROLLBACK working.
    db.run('PRAGMA journal_mode = MEMORY');
    db.run('PRAGMA synchronous = OFF');
    db.run('PRAGMA temp_store = MEMORY');
  }

  private prepared(sql: string): SqlJsStatement {
    const hit = this.cache.get(sql);
    if (hit) {
      this.cache.delete(sql);
      this.cache.set(sql, hit);
      return hit;
    }
    const stmt = this.db.prepare(sql);
    this.cache.set(sql, stmt);
    if (this.cache.size > CACHE_LIMIT) {
      const [oldest, old] = this.cache.entries().next().value as [string, SqlJsStatement];
      this.cache.delete(oldest);
      old.free();
    }
    return stmt;
  }

  all(sql: string, params: SqlValue[] = []): Row[] {
    const stmt = this.prepared(sql);
    try {
      stmt.bind(params);
      const rows: Row[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as Row);
      return rows;
    } finally {
      stmt.reset();
    }
  }

  /** The first row only: stops stepping once it has it. */
  get(sql: string, params: SqlValue[] = []): Row | undefined {
    const stmt = this.prepared(sql);
    try {
      stmt.bind(params);
      return stmt.step() ? (stmt.getAsObject() as Row) : undefined;
    } finally {
      stmt.reset();
    }
  }

  /** Runs one statement to completion (stepping through any rows it returns). */
  run(statement: Statement): WriteResult {
    const stmt = this.prepared(statement.sql);
    try {
      stmt.bind(statement.params ?? []);
      while (stmt.step()) {
        /* a RETURNING clause yields rows; step through them so the statement completes */
      }
    } finally {
      stmt.reset();
    }
    return { changes: this.db.getRowsModified() };
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  /** Frees every cached statement (before close, and before export to be safe across sql.js versions). */
  clearCache(): void {
    for (const stmt of this.cache.values()) stmt.free();
    this.cache.clear();
  }

  close(): void {
    this.clearCache();
    this.db.close();
  }
}
