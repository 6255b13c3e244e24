import type { Db } from './database';

/** Department settings an admin changes at run time (thresholds, time zone, lexicons). */
export class SettingsRepo {
  constructor(private readonly db: Db) {}

  get(name: string): string | null {
    const row = this.db.prepare('SELECT value FROM settings WHERE name = ?').get(name) as { value: string } | undefined;
    return row ? row.value : null;
  }

  all(): Record<string, string> {
    const rows = this.db.prepare('SELECT name, value FROM settings').all() as { name: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  }

  set(name: string, value: string, now: string): void {
    this.db
      .prepare(
        `INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(name, value, now);
  }
}
