import { blockingStems, prepareText } from '../../../src/core/clustering/cluster-text';
import { decideStance, prepareClaimSide, prepareStatementSide } from '../../../src/core/stance';
import { stanceReader } from '../../helpers/stance-reader';
import { contentTerms } from '../../../src/core/text/terms';
import { tokenize } from '../../../src/core/text/tokenize';
import { wordTable } from '../../../src/core/text/word-table';

// Words that name Object.prototype members: a plain-object lookup table answers them with functions.
const TEXT = 'The constructor said toString valueOf hasOwnProperty __proto__ isPrototypeOf twelve people were hurt';

describe('words that are also names of Object members', () => {
  it('a word table has no prototype', () => {
    const table = wordTable({ one: '1' });
    expect(table.one).toBe('1');
    expect(table.constructor).toBeUndefined();
    expect(table.toString).toBeUndefined();
  });

  it('the tokenizer keeps them as ordinary words', () => {
    const tokens = tokenize(TEXT);
    for (const t of tokens) expect(typeof t.term).toBe('string');
    expect(tokens.find((t) => t.surface === 'constructor')?.numeric).toBe(false);
    expect(tokens.filter((t) => t.numeric).map((t) => t.term)).toEqual(['12']);
  });

  it('content terms, cluster text and stance readers treat them as words, not numbers', () => {
    expect(contentTerms('the constructor said toString')).toEqual(['constructor', 'said', 'tostr']);
    expect(blockingStems(prepareText('the constructor said toString').comparable)).toEqual(['constructor', 'said', 'tostr']);
    const reader = stanceReader();
    const stance = decideStance(prepareClaimSide('constructor toString: 12 people were hurt at the mall', reader.lexicon), prepareStatementSide('Mall incident. 12 people were hurt at the mall.', reader.lexicon), reader);
    expect(stance.stance).not.toBe('contradicts');
  });
});
