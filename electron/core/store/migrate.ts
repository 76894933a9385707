// Applies the numbered migrations (PRAGMA user_version), each in its own transaction.
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { SqlDb } from './sql';

export function userVersion(db: SqlDb): number {
  return Number(db.all('PRAGMA user_version')[0]?.user_version ?? 0);
}

/** Returns how many migrations ran. Throws if the file is from a newer Earshot or a migration fails. */
export function migrate(db: SqlDb): number {
  const current = userVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new NewerSchemaError(`The data file has schema version ${current}; this Earshot knows up to ${SCHEMA_VERSION}.`);
  }
  let ran = 0;
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.exec('BEGIN');
    try {
      for (const sql of m.statements) db.exec(sql);
      db.exec(`PRAGMA user_version = ${m.version}`);
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
    ran++;
  }
  return ran;
}

/** Not damage: the file is fine but belongs to a newer version, so it must not be set aside. */
export class NewerSchemaError extends Error {}
