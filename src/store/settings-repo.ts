import type { Db } from './database';

const CACHE_MS = 1000;

/** Department settings an admin changes at run time (thresholds, time zone, lexicons). */
export class SettingsRepo {
  constructor(private readonly db: Db) {}

  /**
   * Settings are read on every match; a short-lived copy spares the query, and a change made by
   * another process (the CLI) is seen within a second.
   */
  private cache: { values: Map<string, string>; at: number } | null = null;

  get(name: string): string | null {
    if (!this.cache || Date.now() - this.cache.at > CACHE_MS) {
      const rows = this.db.prepare('SELECT name, value FROM settings').all() as { name: string; value: string }[];
      this.cache = { values: new Map(rows.map((r) => [r.name, r.value])), at: Date.now() };
    }
    return this.cache.values.get(name) ?? null;
  }

  all(): Record<string, string> {
    const rows = this.db.prepare('SELECT name, value FROM settings').all() as { name: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  }

  set(name: string, value: string, now: string): void {
    this.cache = null;
    this.db
      .prepare(
        `INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(name, value, now);
  }
}
