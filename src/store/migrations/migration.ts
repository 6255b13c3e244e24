/** One forward-only schema step. `version` orders them; `name` says what it does. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
