import { departmentMessaging, isStrongestDecision, restatedSentence, type MessagingMatch } from '../../../src/core/reach';

const bridge = {
  title: 'Elm Street Bridge closed as a precaution',
  body: 'The Elm Street Bridge is closed to all traffic while engineers inspect it. The bridge has not collapsed. Fourteen people were rescued from the water.',
  url: 'https://pd.example/news/elm-bridge',
};
const shelter = { title: 'Flood shelter open at Lincoln Middle School', body: 'The shelter opened at 6 p.m.', url: 'https://pd.example/news/shelter' };

function match(over: Partial<MessagingMatch> = {}): MessagingMatch {
  return { statementId: 1, decision: 'strong', stance: 'not_addressed', features: { url: 0 }, statement: bridge, ...over };
}

describe('departmentMessaging', () => {
  it('recognises a link by the matcher\'s url feature, on any decision', () => {
    expect(departmentMessaging('read this', [match({ decision: 'possible', features: { url: 1 } })])).toEqual({ kind: 'link', statementId: 1 });
  });

  it('recognises the statement\'s own URL in the text once tracking parameters are dropped, also on a lower-ranked match', () => {
    const claim = 'worth a read https://www.pd.example/news/elm-bridge/?utm_source=fb&fbclid=x';
    const matches = [match({ statementId: 2, statement: shelter, decision: 'possible' }), match({ decision: 'possible' })];
    expect(departmentMessaging(claim, matches)).toEqual({ kind: 'link', statementId: 1 });
    expect(departmentMessaging('worth a read https://pd.example/news/other-story', [match({ decision: 'possible' })])).toBeNull();
  });

  it('lets a contradiction on the strongest decision veto everything, a weaker one only the words and supports tests', () => {
    const linked = 'the bridge collapsed, whatever this says https://pd.example/news/elm-bridge';
    expect(departmentMessaging(linked, [match({ stance: 'contradicts' })])).toBeNull();
    expect(departmentMessaging(linked, [match({ stance: 'contradicts', decision: 'possible' })])).toEqual({ kind: 'link', statementId: 1 });
    expect(departmentMessaging('The Elm Street Bridge is closed to all traffic while engineers inspect it', [match({ stance: 'contradicts', decision: 'possible' })])).toBeNull();
  });

  it('lists a share of a superseded statement with it when only its own update contradicts the post', () => {
    const appeal = { title: 'Help us find a missing boy near Founders Park', body: 'The boy was last seen at 4:15 p.m.', url: 'https://pd.example/news/missing-boy', supersededBy: 2 };
    const found = { title: 'UPDATE: Missing boy found safe', body: 'The boy was found safe at 9 p.m.', url: 'https://pd.example/news/boy-found', supersededBy: null };
    const share = 'Please share!! https://pd.example/news/missing-boy';
    const byUpdate = [match({ statementId: 2, statement: found, stance: 'contradicts' }), match({ statement: appeal, decision: 'possible', features: { url: 1 } })];
    expect(departmentMessaging(share, byUpdate)).toEqual({ kind: 'link', statementId: 1 });
    // Another statement's contradiction still vetoes: the post is not the department's word.
    const byOther = [match({ statementId: 3, statement: shelter, stance: 'contradicts' }), ...byUpdate.slice(1)];
    expect(departmentMessaging(share, byOther)).toBeNull();
    // A post that says something of its own beside the old link is no share: the update vetoes it.
    const rumor = 'They found her dead in the creek and the police are covering it up https://pd.example/news/missing-boy';
    expect(departmentMessaging(rumor, [byUpdate[0] as MessagingMatch, match({ statement: appeal, decision: 'possible', stance: 'unclear', features: { url: 1 } })])).toBeNull();
    expect(departmentMessaging(rumor, [byUpdate[0] as MessagingMatch, match({ statement: appeal, decision: 'possible', stance: 'contradicts', features: { url: 1 } })])).toBeNull();
    // A supersession chain that loops back does not excuse the linked statement's own contradiction.
    const looped = [match({ statementId: 2, statement: { ...found, supersededBy: 1 }, stance: 'contradicts' }), match({ statement: appeal, stance: 'contradicts', features: { url: 1 } })];
    expect(departmentMessaging(share, looped)).toBeNull();
    // Without the supersession the update is just another statement, and it vetoes.
    const unlinked = [byUpdate[0] as MessagingMatch, match({ statement: { ...appeal, supersededBy: null }, decision: 'possible', features: { url: 1 } })];
    expect(departmentMessaging(share, unlinked)).toBeNull();
  });

  it('recognises restated words only on the strongest decision', () => {
    const copy = 'The Elm Street Bridge is closed to all traffic while engineers inspect it.';
    expect(departmentMessaging(copy, [match()])).toEqual({ kind: 'words', statementId: 1 });
    expect(departmentMessaging(copy, [match({ decision: 'possible' })])).toBeNull();
  });

  it('recognises supports only on the strongest decision of the deciding match', () => {
    expect(departmentMessaging('bridge shut for checks, take Quarry Rd', [match({ stance: 'supports' })])).toEqual({ kind: 'supports', statementId: 1 });
    expect(departmentMessaging('bridge shut for checks, take Quarry Rd', [match({ stance: 'supports', decision: 'possible' })])).toBeNull();
    expect(departmentMessaging('bridge shut for checks', [match({ statementId: 2, statement: shelter }), match({ stance: 'supports' })])).toBeNull();
  });

  it('says nothing without a match', () => {
    expect(departmentMessaging('anything https://pd.example/news/elm-bridge', [])).toBeNull();
  });
});

describe('restatedSentence', () => {
  it('finds the sentence holding most of the claim\'s content words', () => {
    expect(restatedSentence('Elm Street bridge is CLOSED as a precaution #Ridgeport', bridge)).toBe(bridge.title);
  });

  it('refuses a claim that adds its own facts, flips the polarity, changes a number, or is too short', () => {
    expect(restatedSentence('Elm Street Bridge closed, cracks everywhere, engineers panicking, people trapped', bridge)).toBeNull();
    expect(restatedSentence('The Elm Street Bridge is not closed to traffic, engineers inspect nothing', bridge)).toBeNull();
    expect(restatedSentence('The bridge has collapsed', bridge)).toBeNull();
    expect(restatedSentence('Twelve people were rescued from the water', bridge)).toBeNull();
    expect(restatedSentence('Fourteen people were rescued from the water', bridge)).toBe('Fourteen people were rescued from the water.');
    expect(restatedSentence('bridge closed', bridge)).toBeNull();
  });
});

it('isStrongestDecision names the one decision every messaging test compares against', () => {
  expect(['strong', 'possible', 'none', null].map((d) => isStrongestDecision(d as 'strong' | null))).toEqual([true, false, false, false]);
});
