// SQL for the `settings` table: one JSON value per key, merged over the defaults.
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model';
import type { Store } from './types';

export class SettingsTable {
  constructor(private readonly store: Store) {}

  async get(): Promise<Settings> {
    const rows = await this.store.all<{ key: string; value: string }>(`SELECT key, value FROM settings`);
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const row of rows) {
      if (row.key in DEFAULT_SETTINGS) settings[row.key] = JSON.parse(row.value);
    }
    return settings as unknown as Settings;
  }

  async set(values: Partial<Settings>): Promise<void> {
    const entries = Object.entries(values).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    await this.store.write(
      entries.map(([key, value]) => ({
        sql: `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
        params: [key, JSON.stringify(value)],
      })),
    );
  }

  /** A private value the engine keeps (not a user setting), e.g. the time of the last sync. */
  async getValue<T>(key: string): Promise<T | undefined> {
    const row = await this.store.get<{ value: string }>(`SELECT value FROM settings WHERE key = ?`, [key]);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  setValueStatement(key: string, value: unknown) {
    return {
      sql: `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      params: [key, JSON.stringify(value)],
    };
  }
}
