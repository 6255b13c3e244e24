import { compareFacts, extractKeyFacts } from '../../../src/core/facts';
import { lexicon } from './lexicon';

const replacedOf = (text: string) => extractKeyFacts(text, lexicon).filter((f) => f.replaced).map((f) => f.value);

describe('values a statement names as replaced', () => {
  // Sixteenth session: "buses 4, 11 and 30 detouring onto Canal Street instead of Lantern Ave"
  // was 'supports' against "Buses will use Mercer Street instead of Lantern Avenue", and "siren
  // test is at NOON" against "tests move to 11 a.m., instead of the previous Friday noon test".
  it('marks the place, time or figure after "instead of", "rather than" or "in place of"', () => {
    expect(replacedOf('Buses will use Mercer Street instead of Lantern Avenue between 2nd Street and 14th Street.')).toEqual(['lantern ave']);
    expect(replacedOf('Sirens will be tested on Wednesdays at 11 a.m., instead of the previous Friday noon test.')).toEqual(expect.arrayContaining(['12:00']));
    expect(replacedOf('Sirens will be tested on Wednesdays at 11 a.m., instead of the previous Friday noon test.')).not.toContain('11:00');
    expect(replacedOf('Reports now take 90 days rather than 60 days.')).toEqual(['60']);
    expect(replacedOf('Buses will use Mercer Street between 2nd Street and 14th Street.')).toEqual([]);
  });

  // Seventeenth session: the sixteenth session's review found "Zone 5 evacuation still mandatory"
  // supported when the change and the zone that stays mandatory were two clauses of one sentence.
  it('reads the clauses of a semicolon apart, so a value replaced in one stays asserted in the other', () => {
    const facts = extractKeyFacts('Zone 5 was downgraded from a mandatory evacuation order to an evacuation warning at noon; Zone 6 remains under a mandatory evacuation order.', lexicon);
    const mandatory = facts.filter((f) => f.value === 'mandatory');
    expect(mandatory.map((f) => [f.sentence, f.replaced === true])).toEqual([[0, true], [1, false]]);
  });

  it('marks the old figure of a revision ("2,100 gallons, up from the initial estimate of 800 gallons")', () => {
    expect(replacedOf('Crews have revised the spill to about 2,100 gallons of acid, up from the initial estimate of 800 gallons.')).toEqual(['800']);
    expect(replacedOf('About 260 gallons spilled, down from the 400 gallons first reported.')).toEqual(['400']);
    // A thousands separator does not end the old value.
    expect(replacedOf('About 3,200 customers remain without power, down from a peak of roughly 11,400 customers early Saturday.')).toContain('9120-13680');
  });

  it('makes a post that gives the replaced value as current conflict, not share', () => {
    const statement = extractKeyFacts('Sirens will be tested on Wednesdays at 11 a.m., instead of the previous Friday noon test.', lexicon);
    const claim = extractKeyFacts('siren test is every wednesday at noon', lexicon);
    const out = compareFacts(claim, statement, lexicon);
    expect(out.shared.map((p) => p.claim.value)).not.toContain('12:00');
    expect(out.conflicts.map((c) => [c.claim.value, c.statement.replaced])).toContainEqual(['12:00', true]);
  });

  it('compares a post\'s own "instead of" with the statement\'s: the same old value, another new one', () => {
    const statement = extractKeyFacts('Buses will use Mercer Street instead of Lantern Avenue.', lexicon);
    const wrong = compareFacts(extractKeyFacts('buses are using Canal Street instead of Lantern Avenue', lexicon), statement, lexicon);
    expect(wrong.conflicts.map((c) => [c.claim.value, c.statement.value])).toEqual([['canal st', 'mercer st']]);
    const right = compareFacts(extractKeyFacts('buses are using Mercer Street instead of Lantern Avenue', lexicon), statement, lexicon);
    expect(right.conflicts).toEqual([]);
    expect(right.shared.map((p) => p.claim.value).sort()).toEqual(['lantern ave', 'mercer st']);
  });

  it('marks the old value of a change told "from" one value "to" another, statuses too', () => {
    expect(replacedOf('Zone B has been downgraded from a mandatory evacuation order to an evacuation warning.')).toEqual(['mandatory']);
    expect(replacedOf('The siren test moved from Friday to Sunday.')).toEqual(['friday']);
    // "from" a place is no change: "evacuees from Zone B".
    expect(replacedOf('Evacuees from Zone B are at the high school.')).toEqual([]);
  });
});
