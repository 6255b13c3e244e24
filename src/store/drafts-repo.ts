import type { DraftRecord, DraftStatus, DraftVersion, NewDraft } from '../core/drafts/draft-record';
import type { DraftKind } from '../core/drafts/draft-types';
import type { Db } from './database';

interface DraftRowDb {
  id: number;
  cluster_id: number | null;
  claim_text: string;
  statement_id: number | null;
  kind: DraftKind;
  platform: string;
  status: DraftStatus;
  current_version: number;
  text: string;
  privacy_findings: string;
  privacy_override_by: string | null;
  privacy_override_reason: string | null;
  approved_by: string | null;
  approved_at: string | null;
  published_url: string | null;
  published_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT d.*, v.text FROM drafts d JOIN draft_versions v ON v.draft_id = d.id AND v.version = d.current_version`;

function toDraft(r: DraftRowDb): DraftRecord {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    claimText: r.claim_text,
    statementId: r.statement_id,
    kind: r.kind,
    platform: r.platform,
    status: r.status,
    currentVersion: r.current_version,
    text: r.text,
    privacyFindings: JSON.parse(r.privacy_findings) as unknown[],
    privacyOverrideBy: r.privacy_override_by,
    privacyOverrideReason: r.privacy_override_reason,
    approvedBy: r.approved_by,
    approvedAt: r.approved_at,
    publishedUrl: r.published_url,
    publishedAt: r.published_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Rebuttal drafts; every text change is a new row in draft_versions. */
export class DraftsRepo {
  constructor(private readonly db: Db) {}

  create(d: NewDraft, now: string): DraftRecord {
    const info = this.db
      .prepare(
        `INSERT INTO drafts (cluster_id, claim_text, statement_id, kind, platform, status, current_version, privacy_findings, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?, ?)`,
      )
      .run(d.clusterId, d.claimText, d.statementId, d.kind, d.platform, JSON.stringify(d.privacyFindings), d.createdBy, now, now);
    const id = Number(info.lastInsertRowid);
    this.db.prepare('INSERT INTO draft_versions (draft_id, version, text, edited_by, created_at) VALUES (?, 1, ?, ?, ?)').run(id, d.text, d.createdBy, now);
    return this.findById(id) as DraftRecord;
  }

  addVersion(id: number, text: string, privacyFindings: unknown[], editedBy: string, now: string): DraftRecord {
    const next = (this.db.prepare('SELECT current_version + 1 AS v FROM drafts WHERE id = ?').get(id) as { v: number }).v;
    this.db.prepare('INSERT INTO draft_versions (draft_id, version, text, edited_by, created_at) VALUES (?, ?, ?, ?, ?)').run(id, next, text, editedBy, now);
    this.db
      .prepare(
        `UPDATE drafts SET current_version = ?, status = 'edited', privacy_findings = ?, privacy_override_by = NULL,
         privacy_override_reason = NULL, updated_at = ? WHERE id = ?`,
      )
      .run(next, JSON.stringify(privacyFindings), now, id);
    return this.findById(id) as DraftRecord;
  }

  approve(id: number, by: string, override: { by: string; reason: string } | null, now: string): DraftRecord {
    this.db
      .prepare(
        `UPDATE drafts SET status = 'approved', approved_by = ?, approved_at = ?, privacy_override_by = ?,
         privacy_override_reason = ?, updated_at = ? WHERE id = ?`,
      )
      .run(by, now, override?.by ?? null, override?.reason ?? null, now, id);
    return this.findById(id) as DraftRecord;
  }

  publish(id: number, url: string | null, now: string): DraftRecord {
    this.db.prepare("UPDATE drafts SET status = 'published', published_url = ?, published_at = ?, updated_at = ? WHERE id = ?").run(url, now, now, id);
    return this.findById(id) as DraftRecord;
  }

  discard(id: number, now: string): DraftRecord {
    this.db.prepare("UPDATE drafts SET status = 'discarded', updated_at = ? WHERE id = ?").run(now, id);
    return this.findById(id) as DraftRecord;
  }

  findById(id: number): DraftRecord | null {
    const row = this.db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as DraftRowDb | undefined;
    return row ? toDraft(row) : null;
  }

  list(filter: { status?: DraftStatus; clusterId?: number; limit: number }): DraftRecord[] {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: filter.limit };
    if (filter.status) {
      where.push('d.status = @status');
      params.status = filter.status;
    }
    if (filter.clusterId !== undefined) {
      where.push('d.cluster_id = @clusterId');
      params.clusterId = filter.clusterId;
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return (this.db.prepare(`${SELECT} ${clause} ORDER BY d.id DESC LIMIT @limit`).all(params) as DraftRowDb[]).map(toDraft);
  }

  versions(id: number): DraftVersion[] {
    return this.db
      .prepare('SELECT version, text, edited_by AS editedBy, created_at AS createdAt FROM draft_versions WHERE draft_id = ? ORDER BY version')
      .all(id) as DraftVersion[];
  }
}
