import { deniedNouns } from '../../../src/core/stance/denied-participants';
import { decideStance, describeStanceReason, prepareClaimSide, prepareStatementSide } from '../../../src/core/stance';
import { stanceReader } from '../../helpers/stance-reader';

// Invented statements and posts (not the demo department, not the fixture or training departments).
const reader = stanceReader();
const verdict = (claim: string, statement: string) => decideStance(prepareClaimSide(claim, reader.lexicon), prepareStatementSide(statement, reader.lexicon), reader);

describe('deniedNouns', () => {
  it('reads every noun of a list a "no" opens, up to its verb', () => {
    expect([...deniedNouns('No other vehicles or pedestrians were involved.')]).toEqual(['vehicl', 'pedestrian']);
    expect([...deniedNouns('No students, staff or visitors were hurt.')]).toEqual(['student', 'staff', 'visitor']);
    expect([...deniedNouns('Neither the driver nor the passenger was injured.')]).toEqual(['driver', 'passeng']);
  });

  it('reads no list without a verb after it, nor a long clause', () => {
    expect([...deniedNouns('There is no need to boil water')]).toEqual([]);
    expect([...deniedNouns('No one who lives on the east side of the river near the old mill and the school was')]).toEqual([]);
  });
});

describe('a participant the statement denies', () => {
  const crash = 'Elm Road closed after crash. Elm Road is closed between Pine Street and Oak Street while officers investigate a single-vehicle crash. A van left the road and struck a tree. The driver was taken to the hospital. No other vehicles or cyclists were involved.';

  it('keeps the verdict from supporting a post that puts a denied participant in the story', () => {
    const v = verdict('Elm Road is closed between Pine Street and Oak Street, a van struck a cyclist', crash);
    expect(v.stance).not.toBe('supports');
    expect(v.reasons.map(describeStanceReason)).toContain('the statement says "cyclist" did not happen or is not so; the claim says it did');
  });

  it('leaves alone a post that says the denial too', () => {
    const v = verdict('elm rd closed between pine and oak, van hit a tree, no cyclists involved', crash);
    expect(v.reasons.map(describeStanceReason).join(' ')).not.toMatch(/"cyclist" did not happen/);
  });
});
