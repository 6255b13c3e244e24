import { z } from 'zod';
import type { AuditStore } from '../ports';
import { parseInput } from '../validation';

/**
 * The audit log's filters, checked: a `since` that is no date, or a limit that is no whole number
 * from 1 to 1,000, is refused (VALIDATION_FAILED) rather than read as "everything" or "nothing",
 * which a supervisor would take for the log's answer.
 */
const auditQuerySchema = z.object({
  since: z
    .string()
    .trim()
    .refine((s) => Number.isFinite(Date.parse(s)), 'must be a date, such as 2026-11-01 or 2026-11-01T12:00:00Z')
    .transform((s) => new Date(Date.parse(s)).toISOString())
    .optional(),
  actor: z.string().trim().min(1).max(64).optional(),
  limit: z
    .union([z.number(), z.string().trim().regex(/^\d+$/, 'must be a whole number').transform(Number)])
    .pipe(z.number().int().min(1).max(1000))
    .default(100),
});

export type AuditQuery = z.input<typeof auditQuerySchema>;

/** @example createAuditReader(store).list({since: '2026-11-01', limit: '20'}) */
export function createAuditReader(store: AuditStore) {
  return {
    list: (raw: { since?: unknown; actor?: unknown; limit?: unknown }) => {
      const filter = parseInput(auditQuerySchema, raw, 'audit query');
      return store.list(filter);
    },
  };
}
