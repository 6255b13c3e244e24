import { slugFor } from './statement-input';

const DAY_MS = 86_400_000;

/**
 * The slug of a statement that names none. Until QA session 13 (defect 8) the date came from
 * the text of `published_at` (its local date), so a statement stored from
 * "2026-11-03T23:30:00-06:00" has the slug 2026-11-03-…, where slugFor now gives 2026-11-04-….
 * Such a statement is found under its old slug (a day either side, with the very same instant),
 * so importing its file again matches it instead of adding a copy. Stored slugs never change.
 *
 * @example generatedSlug('Shelter open', '2026-11-04T05:30:00Z', (s) => repo.findBySlug(s)) // '2026-11-03-shelter-open' when stored so
 */
export function generatedSlug(title: string, publishedAt: string, findBySlug: (slug: string) => { publishedAt: string } | null): string {
  const instant = new Date(publishedAt);
  const slug = slugFor(title, instant.toISOString());
  if (findBySlug(slug)) return slug;
  for (const days of [-1, 1]) {
    const older = slugFor(title, new Date(instant.getTime() + days * DAY_MS).toISOString());
    if (findBySlug(older)?.publishedAt === instant.toISOString()) return older;
  }
  return slug;
}
