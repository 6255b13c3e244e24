import type { Clock } from '../core/types';
import type { AuditStore, StatementStore, Transaction } from './ports';
import { createIngest, type PostPipeline, type PostStore } from './posts/ingest';
import { createStatementUseCases, type StatementIndexPort } from './statements/statements';

/** Everything the use cases need, implemented by the store and wired in src/cli/main.ts. */
export interface RumorDeskPorts {
  statements: StatementStore;
  posts: PostStore;
  audit: AuditStore;
  transaction: Transaction;
  clock: Clock;
  statementIndex: StatementIndexPort;
  pipeline: PostPipeline;
  health(): { schemaVersion: number; statements: number; posts: number };
}

/**
 * The one API that the CLI and the HTTP service drive.
 *
 * @example const desk = createRumorDesk(ports); desk.statements.list({});
 */
export function createRumorDesk(ports: RumorDeskPorts) {
  return {
    statements: createStatementUseCases({
      statements: ports.statements,
      audit: ports.audit,
      transaction: ports.transaction,
      clock: ports.clock,
      index: ports.statementIndex,
    }),
    ingestPosts: createIngest({ posts: ports.posts, transaction: ports.transaction, clock: ports.clock, pipeline: ports.pipeline }),
    audit: {
      list: (filter: { since?: string; actor?: string; limit?: number }) => ports.audit.list({ ...filter, limit: filter.limit ?? 100 }),
    },
    health: () => ({ status: 'ok' as const, ...ports.health() }),
  };
}

export type RumorDesk = ReturnType<typeof createRumorDesk>;
