import { decideStance, describeStanceReason, prepareClaimSide, prepareStatementSide } from '../../../src/core/stance';
import { stanceReader } from '../../helpers/stance-reader';

// Seventeenth session: a word negated on one side of the aligned sentence is a model input. When
// the model is sure the statement supports the post despite it, the word-level reading no longer
// holds `supports` back; key-fact conflicts and a denial the model never read still do.
const reader = stanceReader();
const verdict = (claim: string, statement: string) => decideStance(prepareClaimSide(claim, reader.lexicon), prepareStatementSide(statement, reader.lexicon), reader);

describe('reasons the model has weighed', () => {
  it('supports a post that retells a denial in its own words', () => {
    const statement = 'Rumor control: no water rationing in Harlan County. Harlan County has not ordered water rationing and has not set a limit on how much bottled water can be bought. Posts claiming otherwise are false. Most stores that are closed are without power.';
    const v = verdict('county says theres NO water rationing and no limit on bottled water. the stores that are closed mostly just dont have power', statement);
    expect(v.stance).toBe('supports');
    expect(v.reasons.map(describeStanceReason).join(' | ')).not.toMatch(/did not happen/);
  });

  it('supports a safety rule retold with "NEVER", which the word reading took for a denial', () => {
    const statement = 'Generators must be run outdoors, at least 20 feet from the house. Never run a generator in a garage, even with the door open.';
    expect(verdict('run ur generator outside 20 ft from the house, NEVER in the garage even with the door open', statement).stance).toBe('supports');
  });

  it('still contradicts a post asserting what the statement denies', () => {
    expect(verdict('the national guard was deployed downtown last night', 'The National Guard was not deployed downtown last night. Officers from the city police handled the crowd.').stance).toBe('contradicts');
    expect(verdict('the water at the park fountains is safe to drink', 'The water at the park fountains is not safe to drink until further notice.').stance).toBe('contradicts');
  });

  it('keeps a denial in the next sentence, which the model does not read, from being outweighed', () => {
    expect(verdict('the state militia was deployed to Front Street', 'The march on Front Street was peaceful. The state militia was not deployed.').stance).not.toBe('supports');
  });
});
