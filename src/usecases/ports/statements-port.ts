/** What the statement use cases need from storage; src/store/statements-repo.ts implements it. */
import type { Statement, StatementStatus } from '../../core/types';

export interface NewStatement {
  slug: string;
  title: string;
  body: string;
  incident: string | null;
  topic: string | null;
  url: string | null;
  publishedAt: string;
  status: StatementStatus;
}

export interface StatementPatch {
  title?: string;
  body?: string;
  incident?: string | null;
  topic?: string | null;
  url?: string | null;
}

export interface StatementFilter {
  status?: StatementStatus;
  query?: string;
  incident?: string;
  limit: number;
  offset: number;
}

export interface StatementStore {
  insert(statement: NewStatement, now: string): Statement;
  update(id: number, patch: StatementPatch, now: string): Statement;
  setStatus(id: number, status: StatementStatus, supersededBy: number | null, now: string): Statement;
  findById(id: number): Statement | null;
  findBySlug(slug: string): Statement | null;
  list(filter: StatementFilter): { items: Statement[]; total: number };
  all(): Statement[];
}
