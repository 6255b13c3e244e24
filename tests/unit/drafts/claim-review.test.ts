import { buildClaimReview, validateClaimReview, safeAppearanceUrl, claimReviewedText } from '../../../src/core/drafts';

const input = {
  claimText: 'FALSE: The Elm St bridge collapsed, Jamal Whitaker saw it https://t.co/abc',
  rating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
  appearances: ['https://x.com/jwhit_88/status/1850000000000000001', 'https://x.com/RidgeportNews/status/1850000000000000002', 'https://www.instagram.com/jwhit_88/'],
  firstAppearance: 'https://x.com/jwhit_88/status/1850000000000000001',
  claimDate: '2026-11-01',
  department: { name: 'Ridgeport Police Department', url: 'https://ridgeport.example.gov' },
  statementUrl: 'https://ridgeport.example.gov/news/elm-st-bridge',
  datePublished: '2026-11-02',
  publicHandles: ['RidgeportNews'],
};

describe('buildClaimReview', () => {
  const review = buildClaimReview(input);

  it('produces a ClaimReview with every required field', () => {
    expect(validateClaimReview(review)).toEqual([]);
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: input.statementUrl,
      datePublished: '2026-11-02',
      author: { '@type': 'Organization', name: 'Ridgeport Police Department' },
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', datePublished: '2026-11-01' },
    });
  });

  it('keeps the verdict, links and private names out of claimReviewed', () => {
    expect(review.claimReviewed).toBe('The Elm St bridge collapsed, [name removed] saw it');
  });

  it('removes private handles from appearance links', () => {
    const json = JSON.stringify(review);
    expect(json).not.toContain('jwhit_88');
    expect(json).toContain('https://x.com/i/web/status/1850000000000000001');
    expect(json).toContain('https://x.com/RidgeportNews/status/1850000000000000002');
  });
});

describe('validateClaimReview', () => {
  it('names each missing or wrong field', () => {
    const problems = validateClaimReview({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'False claim that the bridge fell', reviewRating: { ratingValue: 7, bestRating: 5, worstRating: 1 } });
    expect(problems).toEqual(
      expect.arrayContaining([
        'missing url',
        'missing datePublished',
        'missing author.name',
        'missing reviewRating.alternateName',
        'reviewRating.ratingValue 7 is outside 1..5',
        'claimReviewed contains a verdict',
        'missing itemReviewed (a Claim)',
      ]),
    );
  });
});

describe('helpers', () => {
  it('safeAppearanceUrl keeps post permalinks without handles and drops private profiles', () => {
    expect(safeAppearanceUrl('https://www.instagram.com/p/Cx1/')).toBe('https://www.instagram.com/p/Cx1/');
    expect(safeAppearanceUrl('https://www.tiktok.com/@jo.w/video/1')).toBeNull();
  });
  it('claimReviewedText shortens at a word', () => {
    const text = claimReviewedText('word '.repeat(60));
    expect(text.length).toBeLessThanOrEqual(140);
    expect(text.endsWith('word…')).toBe(true);
  });
});
