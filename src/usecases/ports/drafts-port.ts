/**
 * Stored drafts and the composer that writes them, as the draft use cases need them;
 * src/store/drafts-repo.ts and src/composition/draft-composer.ts implement them.
 */
import type { DraftRecord, DraftStatus, DraftVersion, NewDraft } from '../../core/drafts/draft-record';
import type { Draft, DraftInput } from '../../core/drafts/draft-types';
import type { PrivacyContext, PrivacyFinding } from '../../core/privacy';

export interface DraftStore {
  create(d: NewDraft, now: string): DraftRecord;
  addVersion(id: number, text: string, privacyFindings: unknown[], editedBy: string, now: string): DraftRecord;
  approve(id: number, by: string, override: { by: string; reason: string } | null, now: string): DraftRecord;
  publish(id: number, url: string | null, now: string): DraftRecord;
  discard(id: number, now: string): DraftRecord;
  findById(id: number): DraftRecord | null;
  list(filter: { status?: DraftStatus; clusterId?: number; limit: number }): DraftRecord[];
  versions(id: number): DraftVersion[];
}

/** Template rendering and the privacy guard, bound to their templates by the composition root. */
export interface DraftComposer {
  compose(input: DraftInput): Draft;
  scan(text: string, context: PrivacyContext): PrivacyFinding[];
  namesIn(text: string): string[];
}
