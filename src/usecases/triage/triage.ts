import { z } from 'zod';
import { parseInput } from '../validation';

const triageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(20),
  harm: z.string().trim().min(1).max(60).optional(),
  platform: z.string().trim().min(1).max(30).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
});

interface QueueRow {
  id: number;
  triage: { priority: number; action: string | null; reason: string | null; harmCategory: string | null } | null;
}

/**
 * The triage queue: open clusters by priority, each with its recommended action and reason.
 * Clusters that need no action stay out of the queue unless nothing else is there.
 */
export function createTriage<T extends QueueRow>(deps: { clusters: (filter: Record<string, unknown>) => T[] }) {
  return function triage(raw: Record<string, unknown> = {}): T[] {
    const filter = parseInput(triageSchema, raw, 'triage filter');
    const rows = deps.clusters({ ...filter, sort: 'priority', limit: Math.min(filter.limit * 3, 500) });
    return rows.filter((r) => r.triage && r.triage.action !== 'no_action').slice(0, filter.limit);
  };
}
