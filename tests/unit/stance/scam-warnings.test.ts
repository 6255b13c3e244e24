import { decideStance, prepareClaimSide, prepareStatementSide } from '../../../src/core/stance';
import { stanceReader } from '../../helpers/stance-reader';

// Seventeenth session: a post that calls a scam untrue tells the scam's ask in its own figures.
const reader = stanceReader();
const verdict = (claim: string, statement: string) => decideStance(prepareClaimSide(claim, reader.lexicon), prepareStatementSide(statement, reader.lexicon), reader);

describe('a scam warning retold with the scam\'s own figures', () => {
  const tollScam = 'Toll text scam. The Harbor Port Authority does not send text messages asking for toll payments. Anyone who receives a text asking for a toll payment should delete it. The texts are a scam.';

  it('does not call the warning "not addressed" for a figure of the scam\'s ask the statement does not repeat', () => {
    const v = verdict('PSA: that text saying u owe $4.35 for a harbor toll is a SCAM. port authority doesnt send texts asking for toll payments. delete it', tollScam);
    expect(v.stance).toBe('supports');
    expect(verdict('the $4.35 toll payment text is a scam, port authority says delete it', tollScam).stance).not.toBe('not_addressed');
  });

  it('still contradicts a post calling the scam genuine, or giving another figure than the statement', () => {
    const relief = 'Storm relief text scam. The county is not sending texts about a $500 storm relief payment. Eligible residents receive $300 through the state program. These texts are a scam.';
    expect(verdict('the $500 storm relief payment text from the county is legit, go sign up', relief).stance).toBe('contradicts');
    expect(verdict('that $500 relief payment text is FAKE, the county pays $200', relief).stance).toBe('contradicts');
  });
});
