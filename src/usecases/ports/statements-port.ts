/** What the statement use cases need from storage; src/store/statements-repo.ts implements it. */
import type { NewStatement, Statement, StatementFilter, StatementPatch, StatementStatus } from '../../core/types';

export interface StatementStore {
  insert(statement: NewStatement, now: string): Statement;
  update(id: number, patch: StatementPatch, now: string): Statement;
  setStatus(id: number, status: StatementStatus, supersededBy: number | null, now: string): Statement;
  findById(id: number): Statement | null;
  findBySlug(slug: string): Statement | null;
  list(filter: StatementFilter): { items: Statement[]; total: number };
  all(): Statement[];
  /** Every version of the statement's text, oldest first. */
  versions(id: number): StatementVersion[];
}

export interface StatementVersion {
  version: number;
  title: string;
  body: string;
  recordedAt: string;
}

/** Keeps the matching index in step with the table; called after each committed change. */
export interface StatementIndexPort {
  upsert(statement: Statement): void;
}
