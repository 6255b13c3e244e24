import { z } from 'zod';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/**
 * One statement as the department writes it: an import row (JSONL/CSV) or an HTTP body.
 * snake_case like the files; `publishedAt` is accepted as an alias for API clients.
 */
export const statementInputSchema = z
  .preprocess(
    (raw) => {
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const record = raw as Record<string, unknown>;
        if (record.published_at === undefined && record.publishedAt !== undefined) {
          return { ...record, published_at: record.publishedAt };
        }
      }
      return raw;
    },
    z.object({
      // null (an empty CSV cell, or JSON null) is "not given": the slug is generated.
      slug: z
        .string()
        .trim()
        .min(1)
        .max(120)
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes')
        .nullish()
        .transform((v) => v ?? undefined),
      title: z.string().trim().min(3).max(300),
      body: z.string().trim().min(1).max(20000),
      incident: optionalText(120),
      topic: optionalText(120),
      url: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .nullish()
        .transform((v) => v ?? null),
      published_at: z.iso.datetime({ offset: true }),
      // Not given (absent, null, an empty CSV cell) is not the same as "active": a row that names
      // a replacement and no status is superseded, one that says "active" and names one is refused.
      status: z.enum(['active', 'superseded', 'retracted']).nullish(),
      superseded_by: z.string().trim().min(1).max(120).nullish(),
    }),
  );

export type StatementInput = z.infer<typeof statementInputSchema>;

/**
 * The date of the published instant in UTC + the title's words, so one statement written with
 * different offsets gets one slug ("2026-11-03T23:30:00-06:00" is 2026-11-04 in UTC).
 *
 * @example slugFor('Elm Street bridge closed', '2026-11-03T15:20:00Z') // '2026-11-03-elm-street-bridge-closed'
 */
export function slugFor(title: string, publishedAt: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${new Date(publishedAt).toISOString().slice(0, 10)}-${words || 'statement'}`;
}

export const statementPatchSchema = z
  .object({
    title: z.string().trim().min(3).max(300).optional(),
    body: z.string().trim().min(1).max(20000).optional(),
    incident: optionalText(120).optional(),
    topic: optionalText(120).optional(),
    url: z.url({ protocol: /^https?$/ }).max(2000).nullable().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
