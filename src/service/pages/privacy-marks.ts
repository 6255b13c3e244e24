import { escapeHtml } from '../../core/text/escape-html';

export interface FindingSpan {
  kind: string;
  value: string;
  start: number;
  end: number;
}

/** Reads stored findings defensively: the drafts table keeps them as untyped JSON. */
export function asFindings(raw: readonly unknown[]): FindingSpan[] {
  return raw.flatMap((f) => {
    if (!f || typeof f !== 'object') return [];
    const r = f as Record<string, unknown>;
    if (typeof r.kind !== 'string' || typeof r.value !== 'string' || typeof r.start !== 'number' || typeof r.end !== 'number') return [];
    return [{ kind: r.kind, value: r.value, start: r.start, end: r.end }];
  });
}

/**
 * The draft text escaped, with each privacy finding wrapped in a `<mark class="privacy">`
 * that names its kind, so the officer sees the warning where it is in the text. Findings that
 * overlap an earlier one or fall outside the text are skipped rather than trusted.
 *
 * @example markFindings('Call 555-0147', [{ kind: 'phone', value: '555-0147', start: 5, end: 13 }])
 */
export function markFindings(text: string, findings: readonly FindingSpan[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const f of sorted) {
    if (f.start < last || f.end > text.length || f.end <= f.start) continue;
    out += escapeHtml(text.slice(last, f.start));
    out += `<mark class="privacy" title="${escapeHtml(kindLabel(f.kind))}">${escapeHtml(text.slice(f.start, f.end))}<span class="visually-hidden"> (${escapeHtml(kindLabel(f.kind))})</span></mark>`;
    last = f.end;
  }
  return out + escapeHtml(text.slice(last));
}

const KIND_LABELS: Record<string, string> = {
  phone: 'phone number',
  email: 'e-mail address',
  street_address: 'street address',
  licence_plate: 'licence plate',
  handle: 'private account handle',
  person_name: "private person's name",
  id_number: 'identity or card number',
  date_of_birth: 'date of birth',
  school: "child's school",
};

/** A finding kind in words: `street_address` → "street address". */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replace(/_/g, ' ');
}
