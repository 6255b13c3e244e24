import type { Statement } from '../core/types';
import type { StatementMatch } from '../core/matching';
import type { Thresholds } from './matching-engine';

/** Messages from the service's thread to a matching worker, handled in the order sent. */
export type ToMatchWorker =
  | { type: 'upsert'; statement: Statement }
  | { type: 'match'; id: number; text: string; k: number; nowMs: number; urls: string[]; thresholds: Thresholds };

/** A matching worker's answers. */
export type FromMatchWorker = { type: 'ready' } | { type: 'matched'; id: number; matches: StatementMatch[] } | { type: 'failed'; id: number; message: string };

/** What a worker starts from: every statement, in the order the service's own index got them. */
export interface MatchWorkerData {
  statements: Statement[];
  thresholds: Thresholds;
}
