import { extractKeyFacts } from '../../../src/core/facts';
import { decideStance, describeStanceReason, prepareClaimSide, prepareStatementSide } from '../../../src/core/stance';
import { stanceReader } from '../../helpers/stance-reader';
import { factsOf, lexicon } from '../facts/lexicon';

// Sixteenth session: a review of the session's new rules found posts and statements where they
// gave a wrong verdict. Each case below was wrong on the code the review read (written by the
// reviewer, not taken from a fixture), and each is a boundary the rule must keep.
const reader = stanceReader();
const verdict = (claim: string, statement: string) => decideStance(prepareClaimSide(claim, reader.lexicon), prepareStatementSide(statement, reader.lexicon), reader);
const reasons = (claim: string, statement: string) => verdict(claim, statement).reasons.map(describeStanceReason).join(' | ');

describe('boundaries of the sixteenth session\'s rules', () => {
  it('takes no "scam" from a sentence that reports the rumour and calls it untrue', () => {
    const fund = 'Posts claiming that the Oak Street fire relief fund is a scam are not accurate. The fund is run by the county and is legitimate.';
    expect(verdict('the oak st fire relief fund is a scam dont donate', fund).stance).toBe('contradicts');
    const texts = "Some residents have said the city's new water alert texts are a scam. The texts are legitimate and come from the city.";
    expect(verdict('Rumors say the new city water texts are a scam', texts).stance).not.toBe('supports');
  });

  it('does not contradict a "still" post when the statement says the state goes on, denies the other or says it may come', () => {
    const cases: Array<[string, string]> = [
      ['Route 9 is still open, drive safe', 'Route 9 remains open. Route 9 was closed for two hours Tuesday after a crash.'],
      ['Pine Rd still closed', 'Pine Road remains closed. Pine Road is expected to reopen Friday.'],
      ['Zone 3 still under the boil water advisory', 'The boil water advisory for Zone 3 remains in effect. The advisory for Zone 3 will be lifted once two rounds of tests come back clean.'],
      ['Pine Rd still closed', 'Pine Road remains closed. Drivers should not assume Pine Road is open.'],
      ['Oak Park shelter still open', 'The Oak Park shelter remains open to evacuees, and the Lincoln High shelter closed at 8 a.m.'],
      ['the shelter is still open', 'The Oak Park shelter remains open. The Lincoln High shelter closed at 8 a.m.'],
      ['Evacuation still mandatory', 'Zone 6 remains under a mandatory evacuation order. Zone 5 was downgraded to a voluntary evacuation warning.'],
    ];
    for (const [post, statement] of cases) expect([post, reasons(post, statement)]).not.toEqual([post, expect.stringMatching(/latest word/)]);
  });

  it('lets a scam "if someone calls" post be contradicted when what it then says to do is the scam\'s ask', () => {
    const scam = "Jury duty scam. The Sheriff's Office will never call to demand payment for a missed jury duty warrant. Do not pay.";
    expect(verdict('If someone calls from the sheriffs office about a missed jury duty warrant you have to pay it right away', scam).stance).toBe('contradicts');
  });

  it('rounds a post\'s figure only to a figure the statement counts with, not a block number', () => {
    expect(verdict('2000 people evacuated on Main St', 'About 200 people were evacuated from homes in the 1900 block of Main Street.').stance).not.toBe('supports');
  });

  it('does not call "all" of a group said of only some when the statement says all, or the rest is another group', () => {
    expect(reasons('all 4 inmates are back in custody', 'Escaped inmates captured. All four inmates who escaped Tuesday have been captured and are back in custody.')).not.toMatch(/of only some/);
    expect(reasons('all the schools are closed Monday', 'Schools closed Monday. All schools in the district will be closed Monday because of the storm. District offices will remain open.')).not.toMatch(/of only some/);
  });

  it('reads "bomb threat" as a threat, which "No explosive device was found" does not deny', () => {
    const threat = 'Bomb threat at Lincoln High. Officers responded to a bomb threat at Lincoln High this morning and evacuated students. No explosive device was found.';
    expect(reasons('Bomb threat at Lincoln High this morning, students were evacuated', threat)).not.toMatch(/there was no "bomb"/);
  });

  it('ends a replaced value at a conjunction, and reads no old value from a time window or a change that did not happen', () => {
    const replaced = (text: string) => extractKeyFacts(text, lexicon).filter((f) => f.replaced).map((f) => f.value);
    expect(replaced('Drivers should use Elm Street instead of Oak Street and Pine Road is closed until Friday.')).toEqual(['oak st']);
    expect(replaced('Water pressure will be reduced from 8 a.m. to noon Tuesday.')).toEqual([]);
    expect(replaced('Zone 5 has not been downgraded from mandatory to voluntary.')).toEqual([]);
  });

  it('reads the later codes of a zone list as zones, not counts', () => {
    expect(factsOf('Zones 3 and 4 ordered to evacuate').filter((f) => f.startsWith('count:'))).toEqual([]);
    expect(factsOf('Towers 9, 10 and 12 are closed')).toEqual(expect.arrayContaining(['place:zone=tower 9', 'place:zone=tower 10', 'place:zone=tower 12']));
    expect(factsOf('3 and 4 people were hurt')).toContain('count:injured=4');
  });

  it('does not support a post giving as current a state changed at its place, when the unchanged place is in the same sentence after a semicolon', () => {
    const update = 'Evacuation update. Zone 5 was downgraded from a mandatory evacuation order to an evacuation warning at noon; Zone 6 remains under a mandatory evacuation order.';
    expect(verdict('Zone 5 evacuation still mandatory', update).stance).not.toBe('supports');
  });

  // Seventeenth session.
  it('does not contradict a post that tells the drill as a drill and denies what it stages', () => {
    const drill = 'Evacuation drill Saturday in Juniper Hollow. At 9 a.m. Saturday, residents will receive a CodeRED drill message telling them to leave their homes. The drill practices how residents would leave during a wildfire.';
    expect(verdict('saturday 9am codered text is a DRILL, nobody has to leave', drill).stance).not.toBe('contradicts');
    expect(verdict('saturday 9am codered text is a DRILL, everyone has to leave their homes for real', drill).stance).toBe('contradicts');
  });

  it('contradicts another weekday for the same state at the same place, not a chatter post that names a day', () => {
    const burn = 'Live fire training burn Saturday on Whitcomb Road. The fire department will hold a live fire training burn at 3120 Whitcomb Road on Saturday, May 16, from 8 a.m. to 4 p.m. Whitcomb Road will be closed between Alder Street and Crane Street.';
    expect(verdict('training burn at 3120 whitcomb rd is SUNDAY, whitcomb closed alder to crane', burn).stance).toBe('contradicts');
    expect(verdict('training burn at 3120 whitcomb rd is saturday, whitcomb closed alder to crane', burn).stance).toBe('supports');
    expect(verdict('spring fun run registration closes sunday, whos in', burn).stance).not.toBe('contradicts');
  });
});
