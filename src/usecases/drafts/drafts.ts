import { z } from 'zod';
import { RumorDeskError } from '../../core/errors';
import type { DraftRecord, DraftStatus } from '../../core/drafts/draft-record';
import { DRAFT_STATUSES } from '../../core/drafts/draft-record';
import { nextDraftStatus, type DraftAction } from '../../core/drafts/draft-transitions';
import type { Draft, DraftKind, DraftPlatform } from '../../core/drafts/draft-types';
import { DRAFT_PLATFORMS } from '../../core/drafts/draft-types';
import { statementPrivacyContext } from '../../core/drafts/draft-context';
import { measureDraft } from '../../core/drafts/platform-rules';
import { platformLabel } from '../../core/platforms';
import type { PrivacyContext } from '../../core/privacy';
import type { Clock, MatchDecision, Stance, Statement } from '../../core/types';
import type { AuditStore, DraftComposer, DraftStore, Transaction } from '../ports';
import { parseId, parseInput, parseLimit } from '../validation';

export interface DraftSubject {
  clusterId: number | null;
  claimText: string;
  statement: Statement | null;
  stance: Stance;
  decision: MatchDecision;
}

export interface DraftDeps {
  drafts: DraftStore;
  composer: DraftComposer;
  audit: AuditStore;
  transaction: Transaction;
  clock: Clock;
  department(): { name: string; handle: string; url: string; publicHandles: string[] };
  /** The cluster's representative claim with its matched statement, or the best match of a free text. */
  subjectOfCluster(clusterId: number): DraftSubject;
  subjectOfText(text: string): DraftSubject;
  statementById(id: number): Statement | null;
}

/** What an officer is told when the workflow refuses an action (DRAFT_TRANSITIONS). */
const REFUSED: Record<DraftAction, string> = {
  edit: 'only drafts not yet approved can be edited.',
  approve: 'only drafts and edited drafts can be approved.',
  publish: 'only approved drafts can be marked published.',
  discard: 'it cannot be discarded.',
};

const platformSchema = z.enum(['all', ...DRAFT_PLATFORMS]);
const publishSchema = z.object({ url: z.url({ protocol: /^https?$/ }).max(2000).nullish() }).strict();
const approveSchema = z
  .object({ overridePrivacy: z.boolean().optional(), reason: z.string().trim().min(5).max(1000).optional() })
  .strict();

/**
 * The rebuttal workflow: draft → edited (versions kept) → approved → published, or discarded.
 * Every step is audited; nothing is ever posted by Rumor Desk itself.
 */
export function createDraftUseCases(deps: DraftDeps) {
  function mustGet(id: number): DraftRecord {
    const draft = deps.drafts.findById(id);
    if (!draft) throw new RumorDeskError('NOT_FOUND', `No draft with id ${id}.`);
    return draft;
  }

  /** The draft and the status `action` moves it to; refuses what the transition table does not allow. */
  function mustMove(id: number, action: DraftAction): { before: DraftRecord; to: DraftStatus } {
    const before = mustGet(id);
    const to = nextDraftStatus(before.status, action);
    if (!to) throw new RumorDeskError('INVALID_STATE', `Draft ${id} is ${before.status}; ${REFUSED[action]}`);
    return { before, to };
  }

  /**
   * What a draft may name: the same as when it was composed (the statement's own names, numbers
   * and schools, the department), so an officer's edit is not flagged for what the statement publishes.
   */
  function privacyContext(statementId: number | null): PrivacyContext {
    const statement = statementId ? deps.statementById(statementId) : null;
    const department = deps.department();
    const statementText = statement ? `${statement.title}\n${statement.body}` : '';
    return statementPrivacyContext(statementText, department, statement ? deps.composer.namesIn(statementText) : [], department.publicHandles);
  }

  function composeAll(subject: DraftSubject, platforms: DraftPlatform[], kind?: DraftKind): Draft[] {
    const department = deps.department();
    const context = privacyContext(subject.statement?.id ?? null);
    return platforms.map((platform) =>
      deps.composer.compose({
        kind,
        platform,
        statement: subject.statement
          ? { title: subject.statement.title, body: subject.statement.body, url: subject.statement.url, publishedAt: subject.statement.publishedAt }
          : null,
        claim: { text: subject.claimText, topic: subject.statement?.topic ?? null },
        stance: subject.stance,
        decision: subject.decision,
        department: { name: department.name, handle: department.handle, url: department.url },
        allowedNames: context.allowedNames,
      }),
    );
  }

  return {
    /** Drafts for every requested platform without storing them (the check page's preview). */
    preview(subject: DraftSubject, rawPlatform: unknown = 'all'): Draft[] {
      const platform = parseInput(platformSchema, rawPlatform, 'platform');
      return composeAll(subject, platform === 'all' ? [...DRAFT_PLATFORMS] : [platform]);
    },

    subjectOfText: (text: string) => deps.subjectOfText(text),

    generate(target: { clusterId?: unknown; text?: unknown }, rawPlatform: unknown, actor: string): DraftRecord[] {
      const platform = parseInput(platformSchema, rawPlatform ?? 'all', 'platform');
      const given = (value: unknown) => value !== undefined && value !== null;
      // Drafting for either one would silently drop what the officer gave as the other.
      if (given(target.clusterId) && given(target.text)) {
        throw new RumorDeskError('VALIDATION_FAILED', 'Give a cluster id or a claim text to draft for, not both.');
      }
      let subject: DraftSubject;
      if (given(target.clusterId)) {
        subject = deps.subjectOfCluster(parseId(target.clusterId, 'cluster'));
      } else if (typeof target.text === 'string' && target.text.trim()) {
        subject = deps.subjectOfText(target.text.trim());
      } else {
        throw new RumorDeskError('VALIDATION_FAILED', 'Give a cluster id or a claim text to draft for.');
      }
      const drafts = composeAll(subject, platform === 'all' ? [...DRAFT_PLATFORMS] : [platform]);
      const context = privacyContext(subject.statement?.id ?? null);
      const now = deps.clock().toISOString();
      return deps.transaction(() =>
        drafts.map((draft) => {
          const stored = deps.drafts.create(
            {
              clusterId: subject.clusterId,
              claimText: subject.claimText,
              statementId: subject.statement?.id ?? null,
              kind: draft.kind,
              platform: draft.platform,
              text: draft.text,
              // What the guard already removed is reported, not open: the text is clean.
              privacyFindings: deps.composer.scan(draft.text, context),
              createdBy: actor,
            },
            now,
          );
          deps.audit.append(
            { actor, action: 'draft.create', targetType: 'draft', targetId: stored.id, after: { platform: draft.platform, kind: draft.kind, clusterId: subject.clusterId, removed: draft.privacy.report } },
            now,
          );
          if (subject.clusterId !== null) {
            deps.audit.append({ actor, action: 'draft.create', targetType: 'cluster', targetId: subject.clusterId, after: { draftId: stored.id, platform: draft.platform } }, now);
          }
          return stored;
        }),
      );
    },

    list(raw: { status?: unknown; clusterId?: unknown; limit?: unknown }) {
      const status = raw.status === undefined ? undefined : parseInput(z.enum(DRAFT_STATUSES), raw.status, 'status');
      const clusterId = raw.clusterId === undefined ? undefined : parseId(raw.clusterId, 'cluster');
      const limit = raw.limit === undefined ? 100 : parseLimit(raw.limit, 500);
      return deps.drafts.list({ status, clusterId, limit });
    },

    show(rawId: unknown) {
      const draft = mustGet(parseId(rawId));
      return { ...draft, versions: deps.drafts.versions(draft.id), history: deps.audit.list({ targetType: 'draft', targetId: String(draft.id), limit: 100 }) };
    },

    edit(rawId: unknown, rawText: unknown, actor: string): DraftRecord {
      const id = parseId(rawId);
      const text = parseInput(z.string().trim().min(1).max(5000), rawText, 'text');
      const now = deps.clock().toISOString();
      return deps.transaction(() => {
        const { before } = mustMove(id, 'edit');
        const findings = deps.composer.scan(text, privacyContext(before.statementId));
        const after = deps.drafts.addVersion(id, text, findings, actor, now);
        deps.audit.append({ actor, action: 'draft.edit', targetType: 'draft', targetId: id, before: { version: before.currentVersion, text: before.text }, after: { version: after.currentVersion, text, privacyFindings: findings.length } }, now);
        return after;
      });
    },

    approve(rawId: unknown, rawOptions: unknown, actor: string): DraftRecord {
      const id = parseId(rawId);
      const options = parseInput(approveSchema, rawOptions ?? {}, 'approval');
      const now = deps.clock().toISOString();
      return deps.transaction(() => {
        const { before, to } = mustMove(id, 'approve');
        // A correction published in the department's name may not cite what it withdrew since.
        const cited = before.statementId ? deps.statementById(before.statementId) : null;
        if (cited && cited.status !== 'active') {
          throw new RumorDeskError(
            'INVALID_STATE',
            `Draft ${id} cites statement ${cited.id}, which was ${cited.status} after the draft was written; discard it and draft again.`,
          );
        }
        let override: { by: string; reason: string } | null = null;
        if (before.privacyFindings.length) {
          if (!options.overridePrivacy || !options.reason) {
            throw new RumorDeskError(
              'PRIVACY_WARNING_OPEN',
              `Draft ${id} has ${before.privacyFindings.length} open privacy warning(s). Edit them out, or approve with an explicit override and a reason.`,
              { findings: before.privacyFindings },
            );
          }
          override = { by: actor, reason: options.reason };
        }
        // A draft edited past its platform's limit could not be posted as approved.
        if ((DRAFT_PLATFORMS as readonly string[]).includes(before.platform)) {
          const { length, limit } = measureDraft(before.platform as DraftPlatform, before.text);
          if (length > limit) {
            throw new RumorDeskError('INVALID_STATE', `Draft ${id} is ${length} characters as ${platformLabel(before.platform as DraftPlatform)} counts them, over its limit of ${limit}: shorten it before approving.`, { length, limit });
          }
        }
        const after = deps.drafts.approve(id, actor, override, now);
        deps.audit.append({ actor, action: override ? 'draft.approve_with_privacy_override' : 'draft.approve', targetType: 'draft', targetId: id, before: { status: before.status }, after: { status: to, version: after.currentVersion, override } }, now);
        if (before.clusterId !== null) deps.audit.append({ actor, action: 'draft.approve', targetType: 'cluster', targetId: before.clusterId, after: { draftId: id } }, now);
        return after;
      });
    },

    publish(rawId: unknown, rawOptions: unknown, actor: string): DraftRecord {
      const id = parseId(rawId);
      const options = parseInput(publishSchema, rawOptions ?? {}, 'publication');
      const now = deps.clock().toISOString();
      return deps.transaction(() => {
        const { before, to } = mustMove(id, 'publish');
        const after = deps.drafts.publish(id, options.url ?? null, now);
        deps.audit.append({ actor, action: 'draft.publish', targetType: 'draft', targetId: id, before: { status: before.status }, after: { status: to, url: options.url ?? null } }, now);
        if (before.clusterId !== null) deps.audit.append({ actor, action: 'draft.publish', targetType: 'cluster', targetId: before.clusterId, after: { draftId: id, platform: before.platform } }, now);
        return after;
      });
    },

    discard(rawId: unknown, actor: string): DraftRecord {
      const id = parseId(rawId);
      const now = deps.clock().toISOString();
      return deps.transaction(() => {
        const { before, to } = mustMove(id, 'discard');
        const after = deps.drafts.discard(id, now);
        deps.audit.append({ actor, action: 'draft.discard', targetType: 'draft', targetId: id, before: { status: before.status }, after: { status: to } }, now);
        return after;
      });
    },
  };
}

export type DraftUseCases = ReturnType<typeof createDraftUseCases>;
