import type { Statement } from 'better-sqlite3';

/** A compiled statement by its SQL text (see CompiledSql): what each part of the repository runs. */
export type Sql = (text: string) => Statement;
