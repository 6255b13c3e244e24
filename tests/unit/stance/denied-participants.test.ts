import { deniedNouns } from '../../../src/core/stance/denied-participants';
import { decideStance, describeStanceReason, prepareClaimSide, prepareStatementSide } from '../../../src/core/stance';
import { stanceReader } from '../../helpers/stance-reader';

// Invented statements and posts (not the demo department, not the fixture or training departments).
const reader = stanceReader();
const verdict = (claim: string, statement: string) => decideStance(prepareClaimSide(claim, reader.lexicon), prepareStatementSide(statement, reader.lexicon), reader);

describe('deniedNouns', () => {
  it('reads every noun of a list a clause-opening "no" makes, denied by a verb of being there', () => {
    expect([...deniedNouns('No other vehicles or pedestrians were involved.')]).toEqual(['vehicl', 'pedestrian']);
    expect([...deniedNouns('The fire was put out quickly, and no students, staff or visitors were inside.')]).toEqual(['student', 'staff', 'visitor']);
  });

  // Review: the first form read "no" anywhere, past commas, whatever the verb said.
  it('reads no injury denial, no "no" inside a clause, no list past a comma and "and", and no long clause', () => {
    expect([...deniedNouns('Neither the driver nor the passenger was injured.')]).toEqual([]);
    expect([...deniedNouns('There were no injuries, and the driver was arrested.')]).toEqual([]);
    expect([...deniedNouns('There is no need to boil water')]).toEqual([]);
    expect([...deniedNouns('No one knows why the car that hit the man on the corner was there')]).toEqual([]);
  });
});

describe('a participant the statement denies', () => {
  const crash = 'Elm Road closed after crash. Elm Road is closed between Pine Street and Oak Street while officers investigate a single-vehicle crash. A van left the road and struck a tree. The driver was taken to the hospital. No other vehicles or cyclists were involved.';

  it('keeps the verdict from supporting a post that puts a denied participant in the story', () => {
    const v = verdict('Elm Road is closed between Pine Street and Oak Street, a van struck a cyclist', crash);
    expect(v.stance).not.toBe('supports');
    expect(v.reasons.map(describeStanceReason)).toEqual(['the statement says there was no "cyclist"; the claim says there was: read the statement']);
    expect(v.sentence).toBe('No other vehicles or cyclists were involved.');
  });

  it('leaves alone a post that says the denial too', () => {
    const v = verdict('elm rd closed between pine and oak, van hit a tree, no cyclists involved', crash);
    expect(v.reasons.map(describeStanceReason).join(' ')).not.toMatch(/there was no "cyclist"/);
  });
});

// Sixteenth session, round 5 (read after its first run): "BOMB FOUND at pier 3 cruise terminal!!!"
// was 'supports' against "No explosive device or hazardous material was found", in a statement
// that names the Bomb Squad.
describe('what a search is denied to have found', () => {
  const bag = 'All clear at Hollis Depot after unattended bag found harmless. Officers evacuated the main hall as a precaution. The County Bomb Squad examined the bag and found clothing. No explosive device or hazardous material was found. The hall reopened at 10 a.m.';

  it('reads a "no ... was found" list, and a post naming one of its kind', () => {
    expect([...deniedNouns('No explosive device or hazardous material was found.')]).toEqual(['explos', 'devic', 'hazard', 'materi']);
    const v = verdict('BOMB FOUND at hollis depot!!! they evacuated the main hall', bag);
    expect(v.stance).not.toBe('supports');
    expect(v.reasons.map(describeStanceReason)).toEqual(['the statement says there was no "bomb"; the claim says there was: read the statement']);
    const school = 'Lockdown lifted at Ridge Middle School. Officers searched the building. No weapons were found, and classes resumed at noon.';
    expect(verdict('they found a GUN in a locker at ridge middle, lockdown is over', school).stance).not.toBe('supports');
  });
});
