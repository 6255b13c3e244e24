import { decideStance, prepareClaimSide, prepareStatementSide } from '../../../src/core/stance';
import { stanceReader } from '../../helpers/stance-reader';

// Seventeenth session: a count of the noun after its number ("9 garage break ins") is read with
// that noun, which a statement names otherwise ("9 burglaries"): the same figure is no unstated
// key fact. A count of a named group (hurt, dead, people) keeps its group.
const reader = stanceReader();
const verdict = (claim: string, statement: string) => decideStance(prepareClaimSide(claim, reader.lexicon), prepareStatementSide(statement, reader.lexicon), reader);
const burglaries = 'Garage burglaries in Cedar Hollow. Police have received reports of 9 burglaries of attached garages in the Cedar Hollow neighborhood since May 15. No arrests have been made. Residents should keep garage doors closed and locked.';

describe('a figure the statement gives of another noun', () => {
  it('supports a post that counts the same figure with its own noun', () => {
    expect(verdict('police say 9 garage break ins in cedar hollow since mid may and no arrests yet. close your garage doors', burglaries).stance).toBe('supports');
  });

  it('does not support another figure, nor the same figure of a named group the statement does not count', () => {
    expect(verdict('police say 12 garage break ins in cedar hollow since mid may and no arrests yet. close your garage doors', burglaries).stance).not.toBe('supports');
    expect(verdict('9 people hurt in garage break ins in cedar hollow since mid may, no arrests yet', burglaries).stance).toBe('not_addressed');
  });

  it('takes no figure the statement names as replaced', () => {
    const spill = 'I-58 spill update. Crews revised the spill to about 2,100 gallons of acid, up from the initial estimate of 800 gallons. Eastbound I-58 remains closed.';
    expect(verdict('only 800 barrels of acid spilled on I-58, eastbound still closed', spill).stance).not.toBe('supports');
  });
});
