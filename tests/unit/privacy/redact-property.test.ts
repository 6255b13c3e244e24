import fc from 'fast-check';
import { redactPrivacy } from '../../../src/core/privacy';
import { plantedClaim } from '../../fixtures/privacy-generators';

describe('redactPrivacy (property)', () => {
  it('never lets a planted personal datum through', () => {
    fc.assert(
      fc.property(plantedClaim, (claim) => {
        const { text, findings } = redactPrivacy(claim.text, { allowedNames: ['Dana Ruiz'], publicHandles: ['ridgeportpd'] });
        for (const secret of claim.secrets) expect(text).not.toContain(secret);
        expect(findings.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400, seed: 20261102 },
    );
  });

  it('is idempotent: redacted text has nothing left to find', () => {
    fc.assert(
      fc.property(plantedClaim, (claim) => {
        const ctx = { allowedNames: [], publicHandles: [] };
        const once = redactPrivacy(claim.text, ctx).text;
        expect(redactPrivacy(once, ctx).findings).toEqual([]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
