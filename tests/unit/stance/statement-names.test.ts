import { levelsIn, namesIn, placeNamesIn, sameName } from '../../../src/core/stance/statement-names';

// Invented sentences (not the demo department, not the fixture or training departments).
describe('placeNamesIn', () => {
  it('reads a capitalised run as a place when a kind of place ends it, a place noun follows it, or a preposition of place comes before it', () => {
    expect(placeNamesIn('The Willow Bend neighborhood remains under an evacuation warning.')).toEqual(['willow bend']);
    expect(placeNamesIn('Crews reopened the roads to Tern Point and Gannet Key after the storm passed.')).toEqual(['tern point', 'gannet key']);
    expect(placeNamesIn('The order for Harlow Mills was lifted at noon.')).toEqual(['harlow mills']);
    expect(placeNamesIn('Residents of Fox Meadow remain under a warning.')).toEqual(['fox meadow']);
  });

  // Review: a sentence listing places was taken for a headline; prepositions such as "to" and "from" made names of people and offices.
  it('reads the names of a sentence that lists places, and none after "to" or "from"', () => {
    expect(placeNamesIn('Maple Heights, Quarry Flats and Tern Road remain under evacuation orders.')).toEqual(['maple heights', 'quarry flats', 'tern road']);
    expect(placeNamesIn('According to Chief Dana Miller, the call came from the Harlow Sheriff Office.')).toEqual([]);
  });

  it('reads no person, month, acronym or bare kind of place, and nothing in a headline', () => {
    expect(placeNamesIn('Sheriff Dana Whitcomb thanked the volunteers in March.')).toEqual([]);
    expect(placeNamesIn('Lanes on Highway 12 and the PF zone stay closed.')).toEqual([]);
    expect(placeNamesIn('Mandatory Evacuation Order Lifted For Harlow Mills And Tern Point')).toEqual([]);
  });
});

describe('levelsIn', () => {
  it('reads numbered levels in any case, numbers in words as digits', () => {
    expect(levelsIn('STAGE TWO restrictions start Monday; Level 3 (Go) for zone B')).toEqual(['stage 2', 'level 3']);
    expect(levelsIn('the next level of the garage')).toEqual([]);
    expect(levelsIn('Stage II restrictions; they will stage a march')).toEqual(['stage 2']);
  });
});

describe('namesIn and sameName', () => {
  it('finds a statement\'s names as whole words in a post in any case, the longest only', () => {
    expect(namesIn('UPPER WILLOW BEND is under a mandatory order', ['willow bend', 'upper willow bend', 'harlow mills'])).toEqual(['upper willow bend']);
    expect(namesIn('harlow millsboro road', ['harlow mills'])).toEqual([]);
    expect(namesIn('oak street and oakwood park', ['oak street', 'oakwood park'])).toEqual(['oak street', 'oakwood park']);
  });

  it('takes a name held in another as whole words for the same place', () => {
    expect(sameName('tern point', 'tern point marina')).toBe(true);
    expect(sameName('tern', 'tern point')).toBe(true);
    expect(sameName('point', 'tern pointe')).toBe(false);
    expect(sameName('gannet key', 'tern point')).toBe(false);
  });
});
