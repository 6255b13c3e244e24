import { detectStance } from '../../../src/core/matching';
import { STATEMENTS } from './fixtures';

const bridge = STATEMENTS[0]!;
const shooting = STATEMENTS[1]!;
const water = STATEMENTS[2]!;

describe('detectStance', () => {
  it('contradicts when the counts differ, naming both', () => {
    const r = detectStance('12 dead in the Northgate Mall shooting', shooting);
    expect(r.stance).toBe('contradicts');
    expect(r.reasons.join(' ')).toMatch(/the statement says 1 injured; the claim says 12 dead/);
  });

  it('contradicts a different number of shooters', () => {
    const r = detectStance('There were three shooters at Northgate Mall', shooting);
    expect(r.stance).toBe('contradicts');
    expect(r.reasons.join(' ')).toMatch(/1 shooter.*3 shooters/);
  });

  it('contradicts when the statement negates what the claim asserts', () => {
    const r = detectStance('The Elm Street Bridge collapsed into the Cedar River', bridge);
    expect(r.stance).toBe('contradicts');
    expect(r.reasons.join(' ')).toMatch(/not collapsed/);
  });

  it('contradicts a different place', () => {
    const r = detectStance('Shooting at Northgate Mall in Millbrook, one injured', shooting);
    expect(r.stance).toBe('contradicts');
    expect(r.reasons.join(' ')).toMatch(/millbrook/);
  });

  it('contradicts a different day', () => {
    const r = detectStance('Elm Street Bridge closed on Sunday', bridge);
    expect(r.stance).toBe('contradicts');
    expect(r.reasons.join(' ')).toMatch(/tuesday/);
  });

  it('contradicts a claim that calls a stated fact a hoax', () => {
    const r = detectStance('The Northgate Mall shooting is a hoax', shooting);
    expect(r.stance).toBe('contradicts');
  });

  it('supports a claim that repeats the statement', () => {
    const r = detectStance('Elm Street Bridge closed over the Cedar River', bridge);
    expect(r.stance).toBe('supports');
  });

  it('supports a denial of a rumour the statement also denies', () => {
    expect(detectStance('E. coli in the drinking water is fake news', water).stance).toBe('supports');
  });

  it('contradicts a rumour the statement calls false', () => {
    expect(detectStance('floodwater contaminated the drinking water with E. coli', water).stance).toBe('contradicts');
  });

  it('is not_addressed when the statement does not speak to the claim', () => {
    expect(detectStance('Traffic lights out on Main Street', bridge).stance).toBe('not_addressed');
  });
});

describe('detectStance reuses the analysis of a statement', () => {
  it('judges each claim on its own when claims alternate against the same statements', () => {
    for (let round = 0; round < 2; round++) {
      expect(detectStance('12 dead in the Northgate Mall shooting', shooting).stance).toBe('contradicts');
      expect(detectStance('The Elm Street Bridge collapsed into the Cedar River', bridge).stance).toBe('contradicts');
      expect(detectStance('12 dead in the Northgate Mall shooting', water).stance).not.toBe('contradicts');
    }
  });

  it('reads an edited statement object anew instead of its earlier text', () => {
    const statement = { title: 'Shooting at Northgate Mall', body: 'Officers responded to Northgate Mall. 12 people were killed.' };
    expect(detectStance('12 dead in the Northgate Mall shooting', statement).stance).toBe('supports');
    statement.body = 'Officers responded to Northgate Mall. One person was injured.';
    expect(detectStance('12 dead in the Northgate Mall shooting', statement).stance).toBe('contradicts');
  });
});
