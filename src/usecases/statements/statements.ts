import { z } from 'zod';
import { RumorDeskError } from '../../core/errors';
import type { Clock, Statement, StatementStatus } from '../../core/types';
import type { AuditStore, StatementIndexPort, StatementStore, StatementVersion, Transaction } from '../ports';
import { parseId, parseInput, parseLimit } from '../validation';
import { generatedSlug } from './generated-slug';
import { parseImportFile, type RowProblem } from './parse-import';
import { statementInputSchema, statementPatchSchema, type StatementInput } from './statement-input';
import { plannedStatus, rowStatusProblem, supersedeProblem, type StatusPlan } from './supersede-rules';

export interface StatementDeps {
  statements: StatementStore;
  audit: AuditStore;
  transaction: Transaction;
  clock: Clock;
  index: StatementIndexPort;
  /**
   * Told after a committed change to what a stored statement says or whether it stands (an edit,
   * a retraction, a supersession, from a command or an import), so what rests on it is redone.
   */
  changed?(statementId: number): void;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  total: number;
}

const MAX_PAGE = 500;

/** Statement management: the department's verified record, versioned and retractable. */
export function createStatementUseCases(deps: StatementDeps) {
  const now = () => deps.clock().toISOString();

  function mustGet(id: number): Statement {
    const found = deps.statements.findById(id);
    if (!found) throw new RumorDeskError('NOT_FOUND', `No statement with id ${id}.`);
    return found;
  }

  /** Where a stored statement stands, its replacement named by slug; null when none is stored. */
  function storedStanding(slug: string): StatusPlan | null {
    const stored = deps.statements.findBySlug(slug);
    if (!stored) return null;
    const by = stored.supersededBy === null ? null : (deps.statements.findById(stored.supersededBy)?.slug ?? null);
    return { status: stored.status, by };
  }

  function slugOf(input: StatementInput): string {
    return input.slug ?? generatedSlug(input.title, input.published_at, (slug) => deps.statements.findBySlug(slug));
  }

  /** Sets the planned status and replacement, audited, unless the statement stands so already. */
  function applyPlan(statement: Statement, plan: StatusPlan, actor: string, at: string): Statement | null {
    const by = plan.by === null ? null : (deps.statements.findBySlug(plan.by)?.id ?? null);
    if (statement.status === plan.status && statement.supersededBy === by) return null;
    const after = deps.statements.setStatus(statement.id, plan.status, by, at);
    deps.audit.append({ actor, action: 'statement.status', targetType: 'statement', targetId: statement.id, before: statement, after }, at);
    return after;
  }

  function sameContent(existing: Statement, input: StatementInput): boolean {
    return (
      existing.title === input.title &&
      existing.body === input.body &&
      existing.incident === input.incident &&
      existing.topic === input.topic &&
      existing.url === input.url
    );
  }

  /** Inserts or updates by slug; returns what happened. Runs inside the caller's transaction. */
  function upsertOne(input: StatementInput, actor: string, at: string): { statement: Statement; outcome: 'created' | 'updated' | 'unchanged' } {
    const slug = slugOf(input);
    const existing = deps.statements.findBySlug(slug);
    if (!existing) {
      const statement = deps.statements.insert(
        {
          slug,
          title: input.title,
          body: input.body,
          incident: input.incident,
          topic: input.topic,
          url: input.url,
          publishedAt: new Date(input.published_at).toISOString(),
          status: input.status === 'retracted' ? 'retracted' : 'active',
        },
        at,
      );
      deps.audit.append({ actor, action: 'statement.create', targetType: 'statement', targetId: statement.id, after: statement }, at);
      return { statement, outcome: 'created' };
    }
    if (sameContent(existing, input)) return { statement: existing, outcome: 'unchanged' };
    const statement = deps.statements.update(
      existing.id,
      { title: input.title, body: input.body, incident: input.incident, topic: input.topic, url: input.url },
      at,
    );
    deps.audit.append({ actor, action: 'statement.edit', targetType: 'statement', targetId: statement.id, before: existing, after: statement }, at);
    return { statement, outcome: 'updated' };
  }

  function changeStatus(id: number, status: StatementStatus, supersededBy: number | null, actor: string, note: string | null): Statement {
    const at = now();
    const statement = deps.transaction(() => {
      const before = mustGet(id);
      if (before.status === 'retracted') {
        throw new RumorDeskError('INVALID_STATE', `Statement ${id} is retracted; it cannot change status again.`);
      }
      // A retraction keeps the replacement the statement had: the record of what replaced it
      // stays true, and the matcher follows links of superseded statements only.
      const by = status === 'retracted' ? before.supersededBy : supersededBy;
      if (before.status === status && before.supersededBy === by) return before;
      const after = deps.statements.setStatus(id, status, by, at);
      deps.audit.append({ actor, action: `statement.${status === 'retracted' ? 'retract' : 'supersede'}`, targetType: 'statement', targetId: id, before, after, note }, at);
      return after;
    });
    deps.index.upsert(statement);
    deps.changed?.(statement.id);
    return statement;
  }

  return {
    add(raw: unknown, actor: string): Statement {
      const input = parseInput(statementInputSchema, raw, 'statement');
      const at = now();
      const statement = deps.transaction(() => {
        const slug = slugOf(input);
        // The status fields mean here what they mean in an import file (Data formats).
        const contradiction = rowStatusProblem(input, slug);
        if (contradiction) throw new RumorDeskError('VALIDATION_FAILED', `${contradiction}.`);
        if (deps.statements.findBySlug(slug)) {
          throw new RumorDeskError('CONFLICT', `A statement with slug "${slug}" exists already; edit it instead.`);
        }
        if (input.superseded_by && !deps.statements.findBySlug(input.superseded_by)) {
          throw new RumorDeskError('VALIDATION_FAILED', `superseded_by "${input.superseded_by}" names no statement.`);
        }
        const plan = plannedStatus(input, null);
        const problem = plan.by === null ? null : supersedeProblem(slug, plan.by, (s) => (s === slug ? plan : storedStanding(s)));
        if (problem) throw new RumorDeskError('VALIDATION_FAILED', `${problem}.`);
        const created = upsertOne({ ...input, slug }, actor, at).statement;
        return applyPlan(created, plan, actor, at) ?? created;
      });
      deps.index.upsert(statement);
      return statement;
    },

    /**
     * A new version with the changed fields. A patch that changes nothing (the values the
     * statement has already) writes no version and no audit entry, and answers `changed: false`.
     */
    edit(rawId: unknown, rawPatch: unknown, actor: string): Statement & { changed: boolean } {
      const id = parseId(rawId);
      const patch = parseInput(statementPatchSchema, rawPatch, 'statement change');
      const at = now();
      const result = deps.transaction(() => {
        const before = mustGet(id);
        if (before.status !== 'active') {
          throw new RumorDeskError('INVALID_STATE', `Statement ${id} is ${before.status}; only active statements can be edited.`);
        }
        const changes = Object.entries(patch).filter(([field, value]) => before[field as keyof typeof patch] !== value);
        if (!changes.length) return { ...before, changed: false };
        const after = deps.statements.update(id, Object.fromEntries(changes), at);
        deps.audit.append({ actor, action: 'statement.edit', targetType: 'statement', targetId: id, before, after }, at);
        return { ...after, changed: true };
      });
      if (result.changed) {
        deps.index.upsert(result);
        deps.changed?.(result.id);
      }
      return result;
    },

    /**
     * Imports a JSONL or CSV file all-or-nothing. Rows are keyed by slug, so re-importing the
     * same file changes nothing; every bad row is reported with its line number. A retracted or
     * superseded statement stays so: its row may not change its text, and a status it does not
     * name (or `active`) leaves it as it is.
     */
    importFile(content: string, format: 'jsonl' | 'csv', actor: string): ImportReport {
      const { rows, problems } = parseImportFile(content, format);
      const parsed: { line: number; input: StatementInput }[] = [];
      const allProblems: RowProblem[] = [...problems];
      const seen = new Map<string, number>();
      for (const row of rows) {
        const result = statementInputSchema.safeParse(row.value);
        if (!result.success) {
          const reason = result.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');
          allProblems.push({ line: row.line, reason });
          continue;
        }
        const slug = slugOf(result.data);
        const earlier = seen.get(slug);
        if (earlier !== undefined) {
          allProblems.push({ line: row.line, reason: `slug "${slug}" repeats line ${earlier}` });
          continue;
        }
        seen.set(slug, row.line);
        const contradiction = rowStatusProblem(result.data, slug);
        if (contradiction) {
          allProblems.push({ line: row.line, reason: contradiction });
          continue;
        }
        parsed.push({ line: row.line, input: { ...result.data, slug } });
      }
      // The same rules as `statements supersede`, judged on where every statement will stand.
      const plans = new Map(parsed.map(({ input }) => [input.slug as string, plannedStatus(input, storedStanding(input.slug as string))]));
      const standing = (slug: string) => plans.get(slug) ?? storedStanding(slug);
      for (const { line, input } of parsed) {
        const slug = input.slug as string;
        const by = plans.get(slug)?.by ?? null;
        if (input.superseded_by && !seen.has(input.superseded_by) && !deps.statements.findBySlug(input.superseded_by)) {
          allProblems.push({ line, reason: `superseded_by "${input.superseded_by}" names no statement` });
        } else if (by !== null && by !== storedStanding(slug)?.by) {
          // Only a link the row makes now: one stored already was allowed when it was made.
          const problem = supersedeProblem(slug, by, standing);
          if (problem) allProblems.push({ line, reason: problem });
        }
        // Only an active statement's text may change, as `statements edit` says.
        const existing = deps.statements.findBySlug(input.slug as string);
        if (existing && existing.status !== 'active' && !sameContent(existing, input)) {
          allProblems.push({ line, reason: `statement "${existing.slug}" is ${existing.status}; its text cannot change (publish a new statement instead)` });
        }
      }
      if (allProblems.length) {
        allProblems.sort((a, b) => a.line - b.line);
        const summary = allProblems.slice(0, 20).map((p) => `line ${p.line}: ${p.reason}`).join('\n');
        throw new RumorDeskError('IMPORT_FAILED', `${allProblems.length} bad row(s); nothing was imported.\n${summary}`, { problems: allProblems });
      }
      if (!parsed.length) throw new RumorDeskError('IMPORT_FAILED', 'The file holds no statements.', { problems: [] });

      const at = now();
      const outcomes = new Map<string, 'created' | 'updated' | 'unchanged'>();
      deps.transaction(() => {
        for (const { input } of parsed) outcomes.set(input.slug as string, upsertOne(input, actor, at).outcome);
        // Second pass: status links need every slug of the file to exist first.
        for (const { input } of parsed) {
          const slug = input.slug as string;
          const changed = applyPlan(deps.statements.findBySlug(slug) as Statement, plans.get(slug) as StatusPlan, actor, at);
          if (changed && outcomes.get(slug) === 'unchanged') outcomes.set(slug, 'updated');
        }
        deps.audit.append({ actor, action: 'statement.import', targetType: 'statement', targetId: null, after: { rows: parsed.length } }, at);
      });
      const report: ImportReport = { created: 0, updated: 0, unchanged: 0, total: parsed.length };
      for (const [slug, outcome] of outcomes) {
        report[outcome] += 1;
        if (outcome === 'unchanged') continue;
        const statement = deps.statements.findBySlug(slug) as Statement;
        deps.index.upsert(statement);
        if (outcome !== 'created') deps.changed?.(statement.id);
      }
      return report;
    },

    list(raw: { status?: unknown; q?: unknown; incident?: unknown; limit?: unknown; offset?: unknown }) {
      const status = raw.status === undefined ? undefined : parseInput(statementInputStatus, raw.status, 'status');
      const limit = raw.limit === undefined ? 100 : parseLimit(raw.limit, MAX_PAGE);
      const offset = raw.offset === undefined ? 0 : parseInput(offsetSchema, raw.offset, 'offset');
      const query = typeof raw.q === 'string' && raw.q.trim() ? raw.q.trim().slice(0, 200) : undefined;
      const incident = typeof raw.incident === 'string' && raw.incident.trim() ? raw.incident.trim() : undefined;
      return { ...deps.statements.list({ status, query, incident, limit, offset }), limit, offset };
    },

    show(rawId: unknown): Statement {
      return mustGet(parseId(rawId));
    },

    /**
     * What the statement said before (every version, oldest first) and, once retracted, when, by
     * whom and why: an officer reading a withdrawn statement needs the reason, which otherwise
     * only the audit log (approvers and admins) shows.
     */
    history(rawId: unknown): StatementHistory {
      const statement = mustGet(parseId(rawId));
      // A retraction by command is 'statement.retract'; one by an import row is a 'statement.status'.
      const entry = statement.status === 'retracted'
        ? deps.audit
            .list({ targetType: 'statement', targetId: String(statement.id), limit: 500 })
            .find((e) => e.action === 'statement.retract' || (e.action === 'statement.status' && (e.after as { status?: string } | null)?.status === 'retracted'))
        : undefined;
      return {
        statement,
        versions: deps.statements.versions(statement.id),
        retraction: entry ? { at: entry.at, by: entry.actor, reason: entry.note ?? null } : null,
      };
    },

    retract(rawId: unknown, actor: string, rawReason: unknown = null): Statement {
      const id = parseId(rawId);
      const reason = parseInput(reasonSchema, rawReason, 'reason');
      return changeStatus(id, 'retracted', null, actor, reason);
    },

    supersede(rawId: unknown, rawBy: unknown, actor: string): Statement {
      const id = parseId(rawId);
      const by = parseId(rawBy, 'by');
      if (id === by) throw new RumorDeskError('VALIDATION_FAILED', 'A statement cannot supersede itself.');
      const replacement = mustGet(by);
      if (replacement.status !== 'active') {
        throw new RumorDeskError('INVALID_STATE', `Statement ${by} is ${replacement.status}; only an active statement can supersede another.`);
      }
      return changeStatus(id, 'superseded', by, actor, null);
    },
  };
}

const statementInputStatus = z.enum(['active', 'superseded', 'retracted']);
const offsetSchema = z.coerce.number().int().min(0).max(1_000_000);
/** Why a statement was retracted, for the audit log; a blank one is no reason. */
const reasonSchema = z
  .string()
  .trim()
  .max(1000)
  .nullish()
  .transform((v) => v || null);

export type StatementUseCases = ReturnType<typeof createStatementUseCases>;

export interface StatementHistory {
  statement: Statement;
  versions: StatementVersion[];
  retraction: { at: string; by: string; reason: string | null } | null;
}
