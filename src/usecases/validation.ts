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

/** Digits only: what JavaScript's Number() also reads ("0x0A", "1e1", " ", true, [2]) names no record. */
const ID_TEXT = /^\s*\d+\s*$/;

/**
 * A positive integer id given as a number or a string of digits (URL params, CLI args). Not
 * z.coerce.number(): it took `true` for 1 and `[2]` for 2, so a JSON body's wrong type drafted
 * for another cluster instead of being refused.
 */
export const idSchema: z.ZodType<number> = z.unknown().transform((raw, ctx) => {
  const id = typeof raw === 'number' ? raw : typeof raw === 'string' && ID_TEXT.test(raw) ? Number(raw) : NaN;
  if (Number.isSafeInteger(id) && id > 0) return id;
  ctx.addIssue({ code: 'custom', message: typeof raw === 'number' || typeof raw === 'string' ? 'must be a positive whole number' : `must be a number, not ${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : typeof raw}` });
  return z.NEVER;
});

export function parseId(raw: unknown, what = 'id'): number {
  return parseInput(idSchema, raw, what);
}

/**
 * A page size from 1 to `max`. More is refused, naming the maximum, as `/api/clusters`,
 * `/api/triage` and `/api/audit` do: a page quietly cut short reads as "that is all there is".
 *
 * @example parseLimit('50', 500) // 50
 */
export function parseLimit(raw: unknown, max: number): number {
  return parseInput(idSchema.pipe(z.number().max(max, `must be at most ${max}`)), raw, 'limit');
}
