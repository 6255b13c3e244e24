import { z } from 'zod';
import type { MessagingReason } from '../../core/reach';
import { platformFilter } from '../clusters/platform-filter';
import { parseInput } from '../validation';

const triageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(20),
  harm: z.string().trim().min(1).max(60).optional(),
  platform: platformFilter.optional(),
  since: z.iso.datetime({ offset: true }).optional(),
});

/** The most open clusters one queue read looks at; the queue is cut to the limit afterwards. */
const MAX_READ = 500;

interface QueueRow {
  id: number;
  triage: { priority: number; action: string | null; reason: string | null; harmCategory: string | null } | null;
  /** Set when the cluster is the department's own messaging (see core/reach). */
  messaging: MessagingReason | null;
}

/**
 * The triage queue: open rumor clusters by priority, each with its recommended action and
 * reason. Clusters that need no action stay out, and so does the department's own messaging
 * (posts that link to or restate a statement): that is the statement's reach, not a rumor.
 *
 * @example createTriage({ clusters: desk.clusters.list })({ limit: 10 })[0].triage.action // 'rebut_now'
 */
export function createTriage<T extends QueueRow>(deps: { clusters: (filter: Record<string, unknown>) => T[] }) {
  return function triage(raw: Record<string, unknown> = {}): T[] {
    const filter = parseInput(triageSchema, raw, 'triage filter');
    const rows = deps.clusters({ ...filter, sort: 'priority', limit: MAX_READ });
    return rows.filter((r) => !r.messaging && r.triage && r.triage.action !== 'no_action').slice(0, filter.limit);
  };
}

export { triageSchema };
