import { z } from 'zod';
import { RumorDeskError } from '../core/errors';

/**
 * Parses `input` with a zod schema or throws VALIDATION_FAILED naming every bad field, so the
 * HTTP and CLI adapters answer with the same message.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : what;
    return `${path}: ${issue.message}`;
  });
  throw new RumorDeskError('VALIDATION_FAILED', `Invalid ${what}: ${problems.join('; ')}`, { problems });
}

/** A positive integer id given as a number or a numeric string (URL params, CLI args). */
export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export function parseId(raw: unknown, what = 'id'): number {
  return parseInput(idSchema, raw, what);
}
