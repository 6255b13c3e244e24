import { DRAFT_ACTIONS, DRAFT_STATUSES, nextDraftStatus, type DraftAction, type DraftStatus } from '../../src/core/drafts';
import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk } from '../helpers/desk';

/** The shortest way an officer brings a new draft to each status. */
const ROUTE: Record<DraftStatus, DraftAction[]> = {
  draft: [],
  edited: ['edit'],
  approved: ['approve'],
  published: ['approve', 'publish'],
  discarded: ['discard'],
};

function act(handle: OpenDesk, id: number, action: DraftAction) {
  const drafts = handle.desk.drafts;
  if (action === 'edit') return drafts.edit(id, 'Officers are on scene; follow our page for updates.', 'officer');
  if (action === 'approve') return drafts.approve(id, { overridePrivacy: true, reason: 'transition test' }, 'approver');
  if (action === 'publish') return drafts.publish(id, { url: 'https://example.org/post/1' }, 'approver');
  return drafts.discard(id, 'officer');
}

describe('draft use cases follow the transition table (real SQLite)', () => {
  let handle: OpenDesk;
  beforeAll(() => {
    handle = memoryDesk();
  });
  afterAll(() => handle.close());

  const cells = DRAFT_STATUSES.flatMap((from) => DRAFT_ACTIONS.map((action) => [from, action] as const));

  it.each(cells)('from %s, %s', (from, action) => {
    const [draft] = handle.desk.drafts.generate({ text: 'The bridge on Route 9 has collapsed' }, 'x', 'officer');
    for (const step of ROUTE[from]) act(handle, draft.id, step);
    expect(handle.desk.drafts.show(draft.id).status).toBe(from);

    const to = nextDraftStatus(from, action);
    if (to) {
      expect(act(handle, draft.id, action).status).toBe(to);
    } else {
      expect(() => act(handle, draft.id, action)).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
      expect(handle.desk.drafts.show(draft.id).status).toBe(from);
    }
  });
});

describe('approving a draft edited past its platform limit', () => {
  let handle: OpenDesk;
  beforeAll(() => {
    handle = memoryDesk();
  });
  afterAll(() => handle.close());

  it('is refused with the length as the platform counts it, and allowed once shortened', () => {
    const [draft] = handle.desk.drafts.generate({ text: 'The bridge on Route 9 has collapsed' }, 'x', 'officer');
    handle.desk.drafts.edit(draft.id, `Officers are on scene. ${'Follow our page for updates. '.repeat(15)}`, 'officer');
    expect(() => handle.desk.drafts.approve(draft.id, {}, 'approver')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringMatching(/is \d{3} characters as X counts them, over its limit of 280/) }),
    );
    expect(handle.desk.drafts.show(draft.id).status).toBe('edited');
    handle.desk.drafts.edit(draft.id, 'Officers are on scene; follow our page for updates.', 'officer');
    expect(handle.desk.drafts.approve(draft.id, {}, 'approver').status).toBe('approved');
  });
});
