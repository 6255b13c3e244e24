import type { StatementStatus } from '../../core/types';
import type { StatementInput } from './statement-input';

/** Where a statement stands: its status and the slug of the statement that replaces it. */
export interface StatusPlan {
  status: StatementStatus;
  by: string | null;
}

/**
 * A row's status fields that contradict themselves, before any lookup; null when they agree.
 * `statements supersede` cannot produce these states, so an import or a POST may not either.
 */
export function rowStatusProblem(input: StatementInput, slug: string): string | null {
  if (input.superseded_by === slug) return `superseded_by "${slug}" names the row itself; a statement cannot supersede itself`;
  if (input.status === 'superseded' && !input.superseded_by) return 'status "superseded" needs superseded_by, the slug of the statement that replaces it';
  if (input.status === 'active' && input.superseded_by) {
    return `status "active" and superseded_by "${input.superseded_by}" contradict each other (leave status out, or set it to "superseded")`;
  }
  return null;
}

/**
 * Where a statement stands once a row is applied to what is stored. A retraction is final and
 * keeps the replacement the statement had; a row that names no replacement does not undo a
 * supersession, so importing an older file again cannot bring a withdrawn statement back.
 */
export function plannedStatus(input: StatementInput, stored: StatusPlan | null): StatusPlan {
  if (stored?.status === 'retracted') return stored;
  if (input.status === 'retracted') return { status: 'retracted', by: input.superseded_by ?? stored?.by ?? null };
  if (input.superseded_by) return { status: 'superseded', by: input.superseded_by };
  if (stored?.status === 'superseded') return stored;
  return { status: 'active', by: null };
}

/**
 * What is wrong with `slug` being replaced by `by`, judged on where every statement will stand
 * (`standing`: the file's rows over what is stored); null when nothing is. As with `statements
 * supersede`, a retracted statement replaces nothing, and the links may not lead back to `slug`
 * (a → b, b → a). A chain (a → b → c) is allowed: the matcher follows it to the active end.
 */
export function supersedeProblem(slug: string, by: string, standing: (slug: string) => StatusPlan | null): string | null {
  const replacement = standing(by);
  if (!replacement) return null;
  if (replacement.status === 'retracted') return `superseded_by "${by}" is retracted; a retracted statement cannot supersede another`;
  const path = [slug, by];
  for (let next = replacement.by; next !== null; next = standing(next)?.by ?? null) {
    if (next === slug) return `superseded_by "${by}" makes a loop: ${[...path, slug].join(' → ')}`;
    // A loop that does not pass through `slug` was stored before these rules; it is not this row's.
    if (path.includes(next)) return null;
    path.push(next);
  }
  return null;
}
