import { compareFacts, extractKeyFacts, type FactComparison } from '../../../src/core/facts';
import { lexicon } from './lexicon';

function compare(claim: string, statement: string): FactComparison {
  return compareFacts(extractKeyFacts(claim, lexicon), extractKeyFacts(statement, lexicon), lexicon);
}

function conflicts(claim: string, statement: string): string[] {
  return compare(claim, statement).conflicts.map((c) => `${c.claim.slot}:${c.why}`);
}

describe('compareFacts', () => {
  it('an order said to be extended against one lifted is an opposite status', () => {
    expect(conflicts('The Lakeside burn ban got extended to Sunday', 'The burn ban for Lakeside was lifted at 9 am')).toContain('status:order:opposite');
  });

  it('a patient sent home conflicts with a death', () => {
    expect(conflicts('the motorcyclist died in the crash', 'The motorcyclist was treated and released from the hospital.')).toContain('outcome:person:opposite');
  });

  it('a suspect on the run conflicts with one in custody', () => {
    expect(conflicts('the gunman is still on the run!!', 'The shooting suspect was taken into custody Friday.')).toContain('status:custody:opposite');
  });

  it('"not a drill" conflicts with an announced exercise', () => {
    expect(conflicts('explosions at the airport and this is not a drill', 'Emergency crews will hold a planned exercise at the airport; expect loud noises.')).toContain('status:exercise:negation');
  });

  it('four against forty is a count conflict, four against four is shared', () => {
    expect(conflicts('40 people trapped in the mine', '4 people are trapped in the mine')).toEqual(['count:people:count']);
    expect(compare('four people trapped in the mine', '4 people are trapped in the mine').shared.map((p) => p.claim.slot)).toContain('count:people');
  });

  it('a vague amount conflicts only when its range excludes the number', () => {
    expect(conflicts('dozens hurt at the fair', '3 people were hurt at the fair')).toContain('count:injured:count');
    expect(conflicts('dozens hurt at the fair', '30 people were hurt at the fair')).not.toContain('count:injured:count');
  });

  it('the whole highway against only some lanes is a scope conflict', () => {
    const c = compare('The entire freeway is shut and twelve people are hurt', 'Only the southbound lanes of the freeway are closed. There were no injuries.');
    expect(c.conflicts.map((x) => x.why)).toEqual(expect.arrayContaining(['scope', 'count']));
    expect(c.shared.map((p) => `${p.claim.slot}=${p.claim.value}`)).toContain('status:closure=closed');
  });

  it('"not closed" and "reopened" say the same', () => {
    const c = compare('the clinic is not closed', 'The clinic reopened this morning.');
    expect(c.shared.map((p) => p.claim.slot)).toContain('status:closure');
    expect(c.conflicts).toEqual([]);
  });

  it('"not under a warning" conflicts with a warning through negation', () => {
    expect(conflicts('Oakdale is not under a warning', 'Oakdale is under a warning until noon')).toContain('status:alert_level:negation');
  });

  it('a warning is not an order', () => {
    expect(conflicts('Zone 5 has an evacuation order', 'Zone 5 is under an evacuation warning.')).toContain('status:alert_level:opposite');
  });

  it('different streets conflict; a street the statement also names does not', () => {
    expect(conflicts('gas leak on Walnut St', 'Crews fixed a gas leak on Cherry St.')).toContain('place:street:place');
    expect(conflicts('gas leak on Walnut St', 'Gas leaks on Cherry St and Walnut St were fixed.')).toEqual([]);
  });

  it('a place named by its first words is that place; a one-word name is not every place it begins', () => {
    const c = compare('Dunmere High is closed next week', 'Dunmere High School is closed next week.');
    expect(c.conflicts).toEqual([]);
    expect(c.shared.map((p) => `${p.claim.value}=${p.statement.value}`)).toContain('dunmere high=dunmere high school');
    expect(conflicts('Dunmere High is closed next week', 'Pike Crossing Elementary is closed next week.')).toContain('place:site:place');
    const area = compare('flooding reported in Salem', 'Flooding reported in Salem Heights.');
    expect(area.shared.filter((p) => p.claim.kind === 'place')).toEqual([]);
  });

  it('counts of two groups of people do not conflict; counts of one group, or of people at large, do', () => {
    expect(conflicts('one kid got a small burn on his hand', 'Housing moved the 11 students to other rooms.')).toEqual([]);
    expect(conflicts('one student got a small burn on his hand', 'Housing moved the 11 students to other rooms.')).toContain('count:people:count');
    expect(conflicts('40 people at the rally', 'About 400 students attended the rally.')).toContain('count:people:count');
  });

  it('two different weekdays conflict; a weekday and "today" do not', () => {
    expect(conflicts('the pool reopens Thursday', 'The pool reopens Saturday.')).toContain('time:day:time');
    expect(conflicts('the pool reopens Thursday', 'The pool reopens today.')).toEqual([]);
  });

  it('the same facts in other words are all shared', () => {
    const c = compare('Three people died when the Elm Street bridge collapsed', 'The bridge on Elm St. collapsed; 3 people were killed.');
    expect(c.conflicts).toEqual([]);
    expect(c.claimOnly).toEqual([]);
    expect(c.shared.map((p) => p.claim.slot).sort()).toEqual(['count:dead', 'outcome:person', 'place:street', 'status:structure']);
  });

  it('a claim fact whose slot the statement never fills is claim-only', () => {
    const c = compare('the library is closed and 2 people were arrested', 'The library is closed today.');
    expect(c.claimOnly.map((f) => f.slot)).toEqual(expect.arrayContaining(['count:arrested', 'status:custody']));
  });

  it('dead against injured conflicts only when each text gives no other outcome', () => {
    expect(conflicts('the jogger died', 'The jogger was injured.')).toContain('outcome:person:opposite');
    const c = compare('one person died and two were hurt', 'Two people were injured.');
    expect(c.conflicts.filter((x) => x.claim.slot === 'outcome:person')).toEqual([]);
    expect(c.shared.map((x) => `${x.claim.slot}=${x.claim.value}`)).toContain('outcome:person=injured');
  });
});

describe('compareFacts: events', () => {
  it('a fire and a crash conflict; a crash that started a fire shares the crash', () => {
    expect(conflicts('house fire on Birch St', 'A car crash on Birch St blocked traffic.')).toContain('event:event');
    expect(conflicts('car crash on Birch St', 'A crash on Birch St started a small fire.')).toEqual([]);
  });
});
