import { scanPrivacy, schoolNames, type PrivacyContext, type PrivacyFinding } from '../privacy';
import { describeMyth, summarizeClaim } from './describe-myth';
import type { DraftContext, DraftInput, DraftKind } from './draft-types';
import { extractFacts } from './extract-facts';
import { formatStatementDate } from './format-date';

/**
 * Who and what may be named in a draft. Whatever the verified statement itself publishes
 * (people it names, its tip line, its press e-mail, the schools it names) is public by the
 * department's own choice.
 */
export function draftPrivacyContext(input: DraftInput): PrivacyContext {
  const statementText = input.statement ? `${input.statement.title}\n${input.statement.body}` : '';
  return statementPrivacyContext(statementText, input.department, input.allowedNames);
}

/**
 * The same context for a draft's text as an officer edits it: what the cited statement publishes,
 * the department and its officials (`allowedNames`), and other public accounts.
 *
 * @example statementPrivacyContext('Call 555-0100.', department, []).allowedValues // ['555-0100', department.url]
 */
export function statementPrivacyContext(
  statementText: string,
  department: { name: string; handle: string; url: string },
  allowedNames: readonly string[],
  publicHandles: readonly string[] = [],
): PrivacyContext {
  const published = publishedData(statementText);
  return {
    allowedNames: [...allowedNames, ...published.filter((f) => f.kind === 'person_name').map((f) => f.value), department.name],
    publicHandles: [...publicHandles, department.handle],
    allowedValues: [
      ...published.filter((f) => f.kind !== 'person_name').map((f) => f.value),
      ...schoolNames(statementText).map((f) => f.value),
      department.url,
    ],
  };
}

// Scanning a statement costs tens of milliseconds (name detection) and every platform's draft
// asks for the same statement, so the last few results are kept. The scan is a pure function.
const publishedCache = new Map<string, PrivacyFinding[]>();
const PUBLISHED_CACHE_LIMIT = 64;

function publishedData(statementText: string): PrivacyFinding[] {
  const cached = publishedCache.get(statementText);
  if (cached) return cached;
  const findings = scanPrivacy(statementText, { allowedNames: [], publicHandles: [] }).findings;
  if (publishedCache.size >= PUBLISHED_CACHE_LIMIT) publishedCache.delete(publishedCache.keys().next().value as string);
  publishedCache.set(statementText, findings);
  return findings;
}

/**
 * Everything a template may print, already made safe: the myth is described, not quoted, and
 * the claim summary is redacted before any template sees it.
 */
export function buildDraftContext(input: DraftInput, kind: DraftKind, privacy: PrivacyContext): DraftContext {
  const statement = input.statement;
  const facts = statement && kind !== 'holding' ? extractFacts(statement.body, input.claim.text, statement.title) : { fact: '', evidence: '' };
  return {
    kind,
    platform: input.platform,
    department: { ...input.department },
    statement: {
      title: statement?.title.trim() ?? '',
      url: statement?.url ?? '',
      date: statement ? formatStatementDate(statement.publishedAt) : '',
    },
    fact: facts.fact,
    evidence: facts.evidence,
    myth: describeMyth(input.claim.text, input.claim.topic, privacy),
    claimSummary: summarizeClaim(input.claim.text, privacy),
    link: statement?.url || input.department.url,
  };
}
