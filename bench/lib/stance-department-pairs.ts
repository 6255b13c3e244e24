/**
 * Stance pairs from training departments written for fitting (data/training/departments/<slug>/,
 * the same two files as the test fixtures under tests/fixtures/departments/): each claim against
 * the statement it is about (title and body, as the product's judge reads them) with the claim's
 * gold stance, and each chatter claim (no statement) against the statement sharing most of its
 * words as `not_addressed`, since that is the statement the product would put before it.
 *
 * The public stance sets hold few posts that retell or twist a department's statement; these
 * are that situation, written by people who never saw the product's output. Pairs are grouped by
 * department, so cross-validation never trains and scores on one department.
 */
import { resolve } from 'node:path';
import { loadFixtureDepartments, type Department } from './department-eval';
import type { StancePair } from './stance-data';

export const TRAINING_DEPARTMENTS_DIR = resolve(__dirname, '../../data/training/departments');

interface StatementRow {
  slug: string;
  title: string;
  body: string;
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []);
}

function closestStatement(text: string, statements: readonly { row: StatementRow; words: Set<string> }[]): StatementRow | undefined {
  const words = wordsOf(text);
  let best: StatementRow | undefined;
  let bestShared = -1;
  for (const s of statements) {
    let shared = 0;
    for (const w of s.words) if (words.has(w)) shared++;
    if (shared > bestShared) [best, bestShared] = [s.row, shared];
  }
  return best;
}

function pairsOf(department: Department): StancePair[] {
  const statements = department.statementsJsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as StatementRow);
  const bySlug = new Map(statements.map((s) => [s.slug, s]));
  // Each statement's words once per department, not once per chatter claim.
  const withWords = statements.map((row) => ({ row, words: wordsOf(`${row.title} ${row.body}`) }));
  const pairs: StancePair[] = [];
  for (const claim of department.claims) {
    const statement = claim.statement === null ? closestStatement(claim.text, withWords) : bySlug.get(claim.statement);
    if (!statement) throw new Error(`${department.name}/${claim.id}: no statement "${claim.statement}"`);
    pairs.push({
      id: `${department.name}/${claim.id}`,
      claim: claim.text,
      evidence: `${statement.title}.\n${statement.body}`,
      label: claim.statement === null ? 'not_addressed' : claim.stance,
      group: department.name,
    });
  }
  return pairs;
}

/** Every training department's pairs. */
export function trainingDepartmentPairs(dir = TRAINING_DEPARTMENTS_DIR): StancePair[] {
  return loadFixtureDepartments(dir).flatMap(pairsOf);
}
