/** One forward-only schema step. `version` orders them; `name` says what it does. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * The step rebuilds a table other tables reference (drop and rename), which foreign key
   * enforcement forbids. Enforcement is switched off around the step's transaction (SQLite
   * ignores that pragma inside one), and `PRAGMA foreign_key_check` must come back empty before
   * the step commits. See https://www.sqlite.org/lang_altertable.html#otheralter.
   */
  foreignKeysOff?: boolean;
}
