/**
 * Stance through the product on a whole department: a fresh in-memory desk, the statements
 * imported through the import use case, every claim checked through the use case that
 * `rumordesk check --json` calls. Shared by `npm run bench:departments` and the regression
 * test tests/integration/unseen-departments.test.ts (issue 16: "stance ≥ 0.90 of claims, and
 * no false rumor reported as supported").
 *
 * Written to outlive the match-decision rename ('confirmed'/'suggested' → 'strong'/'possible')
 * and the fourth stance 'unclear': any decision other than 'none' is a match, and a stance is
 * read as a plain string.
 */
import { readdirSync, readFileSync, existsSync } from 'fs';
import { join, resolve } from 'path';
import { loadConfig } from '../../src/config';
import { openDesk } from '../../src/composition/open-desk';
import { centralToUtc } from '../generate-demo';

export const DEPARTMENTS_DIR = resolve(__dirname, '../../tests/fixtures/departments');
export const DEMO_DIR = resolve(__dirname, '../../data/demo');

export type GoldStance = 'supports' | 'contradicts' | 'not_addressed';
export const GOLD_STANCES: readonly GoldStance[] = ['supports', 'contradicts', 'not_addressed'];
/** What the product said: a stance of the top match, or 'none' when nothing matched. */
export const PREDICTED_LABELS = ['supports', 'contradicts', 'not_addressed', 'unclear', 'none'] as const;
export type PredictedLabel = (typeof PREDICTED_LABELS)[number] | 'other';

export interface GoldClaim {
  id: string;
  text: string;
  /** Slug of the statement the claim is about, or null when none is. */
  statement: string | null;
  stance: GoldStance;
  /** 'outdated' is the demo's: true when posted, overtaken by a later statement. */
  truth: 'true' | 'false' | 'unaddressed' | 'outdated';
  kind: string;
  /** When the claim was made (epoch ms), when the department knows it: it is checked as of then. */
  at?: number;
}

export interface Department {
  name: string;
  statementsJsonl: string;
  claims: GoldClaim[];
  /** The desk's clock: the day after the latest statement, so every statement is in the past. */
  now: Date;
}

/** What the desk answered for one claim, reduced to what is scored. */
export interface Observed {
  /** Slug of matches[0] whatever its decision (the ranker's first choice), null when none. */
  topSlug: string | null;
  /** True when the check's decision is anything but 'none'. */
  matched: boolean;
  /** The check's stance when matched, else 'none'. */
  label: PredictedLabel;
}

export interface ClaimOutcome {
  claim: GoldClaim;
  observed: Observed;
  stanceRight: boolean;
  /** As stanceRight, but a supports/contradicts from any statement counts. */
  stanceAnyStatementRight: boolean;
  topRight: boolean | null;
  falseSupported: boolean;
}

export interface DepartmentReport {
  department: string;
  statements: number;
  claims: number;
  topStatement: { right: number; of: number; accuracy: number };
  stance: { right: number; of: number; accuracy: number };
  /** The stance alone, whichever statement said it: shows how much of the miss is the wrong statement. */
  stanceAnyStatement: { right: number; of: number; accuracy: number };
  unclear: number;
  falseRumors: number;
  falseSupported: number;
  /** gold stance → predicted label → count. */
  confusion: Record<GoldStance, Record<string, number>>;
  byKind: Record<string, { right: number; of: number }>;
  wrong: { id: string; kind: string; text: string; gold: string; expected: string | null; got: string; top: string | null }[];
}

const ratio = (right: number, of: number): number => (of ? Math.round((right / of) * 1000) / 1000 : 1);

/**
 * Scores one claim. A gold not_addressed is right when nothing matched or the top match
 * says not_addressed or unclear; a gold supports/contradicts needs a match whose top
 * statement is the expected one with that very stance.
 *
 * @example scoreClaim(gold, { topSlug: 'fire-1', matched: true, label: 'unclear' }).stanceRight
 */
export function scoreClaim(claim: GoldClaim, observed: Observed): ClaimOutcome {
  const stanceAnyStatementRight =
    claim.stance === 'not_addressed'
      ? !observed.matched || observed.label === 'not_addressed' || observed.label === 'unclear'
      : observed.matched && observed.label === claim.stance;
  return {
    claim,
    observed,
    stanceRight: stanceAnyStatementRight && (claim.stance === 'not_addressed' || observed.topSlug === claim.statement),
    stanceAnyStatementRight,
    topRight: claim.statement === null ? null : observed.topSlug === claim.statement,
    falseSupported: claim.truth === 'false' && observed.matched && observed.label === 'supports',
  };
}

function asLabel(stance: string | null, matched: boolean): PredictedLabel {
  if (!matched) return 'none';
  return (PREDICTED_LABELS as readonly string[]).includes(stance ?? '') ? (stance as PredictedLabel) : 'other';
}

/**
 * Runs one department through a fresh in-memory desk and scores every claim.
 *
 * @example const report = evaluateDepartment(loadDemoDepartment()); report.stance.accuracy
 */
export function evaluateDepartment(department: Department): DepartmentReport {
  let checkedAt = department.now;
  const handle = openDesk(loadConfig({ db: ':memory:' }, {}), () => checkedAt);
  try {
    const { desk } = handle;
    const imported = desk.statements.importFile(department.statementsJsonl, 'jsonl', 'bench-departments');
    const slugs = new Map<number, string>();
    const slugOf = (id: number): string => {
      let slug = slugs.get(id);
      if (slug === undefined) slugs.set(id, (slug = desk.statements.show(id).slug));
      return slug;
    };
    const outcomes = department.claims.map((claim) => {
      checkedAt = claim.at === undefined ? department.now : new Date(claim.at);
      const result = desk.check(claim.text);
      const top = result.matches[0];
      const matched = result.matchDecision !== 'none' && top !== undefined;
      return scoreClaim(claim, { topSlug: top ? slugOf(top.statementId) : null, matched, label: asLabel(result.stance, matched) });
    });
    return summarise(department.name, imported.total, outcomes);
  } finally {
    handle.close();
  }
}

/** Totals, confusion matrix and the wrong claims of a department's scored claims. */
export function summarise(name: string, statements: number, outcomes: ClaimOutcome[]): DepartmentReport {
  const confusion = Object.fromEntries(GOLD_STANCES.map((g) => [g, Object.fromEntries(PREDICTED_LABELS.map((p) => [p, 0]))])) as DepartmentReport['confusion'];
  const byKind: DepartmentReport['byKind'] = {};
  const withStatement = outcomes.filter((o) => o.topRight !== null);
  let stanceRight = 0;
  let topRight = 0;
  let anyRight = 0;
  for (const o of outcomes) {
    if (o.stanceAnyStatementRight) anyRight += 1;
    confusion[o.claim.stance][o.observed.label] = (confusion[o.claim.stance][o.observed.label] ?? 0) + 1;
    const kind = (byKind[o.claim.kind] ??= { right: 0, of: 0 });
    kind.of += 1;
    if (o.stanceRight) {
      kind.right += 1;
      stanceRight += 1;
    }
    if (o.topRight) topRight += 1;
  }
  return {
    department: name,
    statements,
    claims: outcomes.length,
    topStatement: { right: topRight, of: withStatement.length, accuracy: ratio(topRight, withStatement.length) },
    stance: { right: stanceRight, of: outcomes.length, accuracy: ratio(stanceRight, outcomes.length) },
    stanceAnyStatement: { right: anyRight, of: outcomes.length, accuracy: ratio(anyRight, outcomes.length) },
    unclear: outcomes.filter((o) => o.observed.label === 'unclear').length,
    falseRumors: outcomes.filter((o) => o.claim.truth === 'false').length,
    falseSupported: outcomes.filter((o) => o.falseSupported).length,
    confusion,
    byKind,
    wrong: outcomes
      .filter((o) => !o.stanceRight || o.falseSupported || o.topRight === false)
      .map((o) => ({ id: o.claim.id, kind: o.claim.kind, text: o.claim.text, gold: o.claim.stance, expected: o.claim.statement, got: o.observed.label, top: o.observed.topSlug })),
  };
}

function dayAfterLatest(statementsJsonl: string): Date {
  let latest = 0;
  for (const line of statementsJsonl.split('\n')) {
    if (!line.trim()) continue;
    const at = Date.parse((JSON.parse(line) as { published_at?: string }).published_at ?? '');
    if (at > latest) latest = at;
  }
  return new Date(latest + 24 * 3600 * 1000);
}

function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Every department under tests/fixtures/departments/<slug>/ (statements.jsonl + claims.jsonl). */
export function loadFixtureDepartments(dir = DEPARTMENTS_DIR): Department[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'claims.jsonl')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const statementsJsonl = readFileSync(join(dir, name, 'statements.jsonl'), 'utf8');
      return { name, statementsJsonl, claims: readJsonLines<GoldClaim>(join(dir, name, 'claims.jsonl')), now: dayAfterLatest(statementsJsonl) };
    });
}

interface DemoRumor {
  key: string;
  claim: string;
  /** Central local time the rumour started ('YYYY-MM-DD HH:MM'). */
  start: string;
  variants?: string[];
  truth: GoldClaim['truth'];
  statement: string | null;
  relation?: 'supports' | 'contradicts' | null;
}

/**
 * The demo department as gold claims: each rumor's claim and each of its variants, with the
 * rumor's statement and relation (none → not_addressed).
 */
export function loadDemoDepartment(dir = DEMO_DIR): Department {
  const statementsJsonl = readFileSync(join(dir, 'statements.jsonl'), 'utf8');
  const { rumors } = JSON.parse(readFileSync(join(dir, 'rumors.json'), 'utf8')) as { rumors: DemoRumor[] };
  const claims: GoldClaim[] = [];
  for (const r of rumors) {
    [r.claim, ...(r.variants ?? [])].forEach((text, i) => {
      // A demo rumour's gold is what the department had said when it spread ('outdated' claims were
      // true then), so each claim is checked as of the rumour's start.
      claims.push({ id: `${r.key}#${i}`, text, statement: r.statement ?? null, stance: r.relation ?? 'not_addressed', truth: r.truth, kind: r.key, at: centralToUtc(r.start) });
    });
  }
  return { name: 'demo', statementsJsonl, claims, now: dayAfterLatest(statementsJsonl) };
}
