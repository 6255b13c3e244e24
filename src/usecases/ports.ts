/**
 * The narrow interfaces the use cases need from the outside world, declared here by the code
 * that uses them (ARCHITECTURE.md habit 4). src/store and the composition root implement them.
 */
import type { Statement, StatementStatus } from '../core/types';

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

export interface AuditEntry {
  actor: string;
  action: string;
  targetType: string;
  targetId: string | number | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

export interface AuditRecord extends Omit<AuditEntry, 'targetId'> {
  id: number;
  at: string;
  targetId: string | null;
}

export interface AuditStore {
  append(entry: AuditEntry, at: string): void;
  list(filter: { since?: string; actor?: string; targetType?: string; targetId?: string; limit: number }): AuditRecord[];
}

/** Runs `work` atomically: every write inside commits together or not at all. */
export type Transaction = <T>(work: () => T) => T;
