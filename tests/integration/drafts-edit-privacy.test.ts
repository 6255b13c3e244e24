import type { OpenDesk } from '../../src/composition/open-desk';
import { memoryDesk } from '../helpers/desk';

/**
 * An officer's edit is scanned again with what the draft was composed with: what the cited
 * statement publishes (its school, its tip line) is no warning; what it does not is.
 */
describe('a draft edit is scanned as the draft was composed', () => {
  let handle: OpenDesk;
  let draftId: number;
  beforeAll(() => {
    handle = memoryDesk();
    handle.desk.statements.add(
      {
        title: 'Lockdown lifted at Fernhill Elementary',
        body: 'The lockdown at Fernhill Elementary was lifted at 11 a.m. No student was hurt and there was no weapon. Parents with questions can call 555-0188.',
        published_at: '2026-11-05T11:00:00Z',
      },
      'test',
    );
    const drafts = handle.desk.drafts.generate({ text: 'a 9-year-old at Fernhill Elementary was shot' }, 'facebook', 'officer');
    draftId = (drafts[0] as { id: number }).id;
  });
  afterAll(() => handle.close());

  it("keeps the statement's school and number without a warning", () => {
    const edited = handle.desk.drafts.edit(draftId, 'No student at Fernhill Elementary was hurt; the lockdown was lifted at 11 a.m. Parents: call 555-0188.', 'officer');
    expect(edited.privacyFindings).toEqual([]);
  });

  it('warns of a number and a school the statement does not publish', () => {
    const edited = handle.desk.drafts.edit(draftId, 'The student from Oakbrook Middle School is fine, call her mom at 555-0123.', 'officer');
    expect((edited.privacyFindings as { kind: string }[]).map((f) => f.kind).sort()).toEqual(['phone', 'school']);
  });
});
