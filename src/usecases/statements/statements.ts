import { z } from 'zod';
import { RumorDeskError } from '../../core/errors';
import type { Clock, Statement, StatementStatus } from '../../core/types';
import type { AuditStore, StatementIndexPort, StatementStore, Transaction } from '../ports';
import { parseId, parseInput, parseLimit } from '../validation';
import { parseImportFile, type RowProblem } from './parse-import';
import { slugFor, statementInputSchema, statementPatchSchema, type StatementInput } from './statement-input';

export interface StatementDeps {
  statements: StatementStore;
  audit: AuditStore;
  transaction: Transaction;
  clock: Clock;
  index: StatementIndexPort;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  total: number;
}

const MAX_PAGE = 500;

/** The status an import row asks for: retraction wins, then a named replacement. */
function wantedStatus(input: StatementInput, idOf: (slug: string) => number | null): { status: StatementStatus; by: number | null } {
  if (input.status === 'retracted') return { status: 'retracted', by: null };
  if (input.superseded_by) return { status: 'superseded', by: idOf(input.superseded_by) };
  return { status: input.status, by: null };
}

/** Statement management: the department's verified record, versioned and retractable. */
export function createStatementUseCases(deps: StatementDeps) {
  const now = () => deps.clock().toISOString();

  function mustGet(id: number): Statement {
    const found = deps.statements.findById(id);
    if (!found) throw new RumorDeskError('NOT_FOUND', `No statement with id ${id}.`);
    return found;
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
    const slug = input.slug ?? slugFor(input.title, input.published_at);
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
      if (before.status === status && before.supersededBy === supersededBy) return before;
      const after = deps.statements.setStatus(id, status, supersededBy, at);
      deps.audit.append({ actor, action: `statement.${status === 'retracted' ? 'retract' : 'supersede'}`, targetType: 'statement', targetId: id, before, after, note }, at);
      return after;
    });
    deps.index.upsert(statement);
    return statement;
  }

  return {
    add(raw: unknown, actor: string): Statement {
      const input = parseInput(statementInputSchema, raw, 'statement');
      const slug = input.slug ?? slugFor(input.title, input.published_at);
      const at = now();
      const statement = deps.transaction(() => {
        if (deps.statements.findBySlug(slug)) {
          throw new RumorDeskError('CONFLICT', `A statement with slug "${slug}" exists already; edit it instead.`);
        }
        // The status fields mean here what they mean in an import file (Data formats).
        const by = input.superseded_by ? deps.statements.findBySlug(input.superseded_by) : null;
        if (input.superseded_by && !by) throw new RumorDeskError('VALIDATION_FAILED', `superseded_by "${input.superseded_by}" names no statement.`);
        const created = upsertOne({ ...input, slug }, actor, at).statement;
        const { status, by: byId } = wantedStatus(input, () => by?.id ?? null);
        if (created.status === status && created.supersededBy === byId) return created;
        const after = deps.statements.setStatus(created.id, status, byId, at);
        deps.audit.append({ actor, action: 'statement.status', targetType: 'statement', targetId: created.id, before: created, after }, at);
        return after;
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
      if (result.changed) deps.index.upsert(result);
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
        const slug = result.data.slug ?? slugFor(result.data.title, result.data.published_at);
        const earlier = seen.get(slug);
        if (earlier !== undefined) {
          allProblems.push({ line: row.line, reason: `slug "${slug}" repeats line ${earlier}` });
          continue;
        }
        seen.set(slug, row.line);
        parsed.push({ line: row.line, input: { ...result.data, slug } });
      }
      for (const { line, input } of parsed) {
        if (input.superseded_by && !seen.has(input.superseded_by) && !deps.statements.findBySlug(input.superseded_by)) {
          allProblems.push({ line, reason: `superseded_by "${input.superseded_by}" names no statement` });
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
          const statement = deps.statements.findBySlug(slug) as Statement;
          const { status, by } = wantedStatus(input, (s) => deps.statements.findBySlug(s)?.id ?? null);
          if (statement.status === status && statement.supersededBy === by) continue;
          // A retraction is final, and a row that names no replacement does not undo one: the
          // file being imported again (as it was before the retraction) must not bring back a
          // statement the department withdrew.
          if (statement.status === 'retracted' || (statement.status === 'superseded' && status === 'active')) continue;
          const after = deps.statements.setStatus(statement.id, status, by, at);
          deps.audit.append({ actor, action: 'statement.status', targetType: 'statement', targetId: statement.id, before: statement, after }, at);
          if (outcomes.get(slug) === 'unchanged') outcomes.set(slug, 'updated');
        }
        deps.audit.append({ actor, action: 'statement.import', targetType: 'statement', targetId: null, after: { rows: parsed.length } }, at);
      });
      const report: ImportReport = { created: 0, updated: 0, unchanged: 0, total: parsed.length };
      for (const [slug, outcome] of outcomes) {
        report[outcome] += 1;
        if (outcome !== 'unchanged') deps.index.upsert(deps.statements.findBySlug(slug) as Statement);
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
