import { DRAFT_ACTIONS, DRAFT_STATUSES, DRAFT_TRANSITIONS, nextDraftStatus, type DraftAction, type DraftStatus } from '../../../src/core/drafts';

/** The workflow as an officer knows it, written out cell by cell (null: refused). */
const EXPECTED: Record<DraftStatus, Record<DraftAction, DraftStatus | null>> = {
  draft: { edit: 'edited', approve: 'approved', publish: null, discard: 'discarded' },
  edited: { edit: 'edited', approve: 'approved', publish: null, discard: 'discarded' },
  approved: { edit: null, approve: null, publish: 'published', discard: 'discarded' },
  published: { edit: null, approve: null, publish: null, discard: null },
  discarded: { edit: null, approve: null, publish: null, discard: null },
};

describe('the draft transition table', () => {
  const cells = DRAFT_STATUSES.flatMap((from) => DRAFT_ACTIONS.map((action) => [from, action] as const));

  it.each(cells)('%s --%s--> as the workflow says', (from, action) => {
    expect(nextDraftStatus(from, action)).toBe(EXPECTED[from][action]);
  });

  it('names only known statuses and actions', () => {
    expect(Object.keys(DRAFT_TRANSITIONS).sort()).toEqual([...DRAFT_STATUSES].sort());
    for (const moves of Object.values(DRAFT_TRANSITIONS)) {
      for (const [action, to] of Object.entries(moves)) {
        expect(DRAFT_ACTIONS).toContain(action);
        expect(DRAFT_STATUSES).toContain(to);
      }
    }
  });

  it('reaches every status from a new draft, and publication only through approval', () => {
    const reached = new Set<DraftStatus>(['draft']);
    const paths = new Map<DraftStatus, DraftStatus[]>([['draft', ['draft']]]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const from of [...reached]) {
        for (const action of DRAFT_ACTIONS) {
          const to = nextDraftStatus(from, action);
          if (to && !reached.has(to)) {
            reached.add(to);
            paths.set(to, [...(paths.get(from) ?? []), to]);
            changed = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...DRAFT_STATUSES].sort());
    expect(paths.get('published')).toContain('approved');
  });

  it('ends the workflow at published and discarded', () => {
    for (const end of ['published', 'discarded'] as const) {
      expect(DRAFT_ACTIONS.map((action) => nextDraftStatus(end, action))).toEqual(DRAFT_ACTIONS.map(() => null));
    }
  });
});
