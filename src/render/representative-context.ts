import type { DraftContext } from '../core/drafts';

/**
 * A filled-in context used to check templates at start. Its keys ARE the list of known fields:
 * keep it in step with DraftContext (the type annotation makes the compiler enforce that).
 */
export const REPRESENTATIVE_DRAFT_CONTEXT: DraftContext = {
  kind: 'correction',
  platform: 'x',
  department: { name: 'Ridgeport Police Department', handle: '@RidgeportPD', url: 'https://ridgeport.example.gov/news' },
  statement: { title: 'Elm St bridge open after inspection', url: 'https://ridgeport.example.gov/news/elm-st-bridge', date: 'November 2, 2026' },
  fact: 'The Elm St bridge is open to all traffic.',
  evidence: 'City engineers inspected it on Monday morning and found no damage.',
  myth: 'posts about the Elm St bridge',
  claimSummary: 'the Elm St bridge has collapsed',
  link: 'https://ridgeport.example.gov/news/elm-st-bridge',
};

/** Every dotted field path of the representative context: "fact", "department", "department.name", … */
export function knownFieldPaths(context: object = REPRESENTATIVE_DRAFT_CONTEXT, prefix = ''): Set<string> {
  const paths = new Set<string>();
  for (const [key, value] of Object.entries(context)) {
    const path = prefix + key;
    paths.add(path);
    if (value && typeof value === 'object') for (const p of knownFieldPaths(value as object, `${path}.`)) paths.add(p);
  }
  return paths;
}
