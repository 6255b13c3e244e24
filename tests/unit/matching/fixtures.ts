import { loadMatchingModel, type IndexableStatement, type MatchingModel } from '../../../src/core/matching';

/** A hand-set model (not the fitted one) so the tests do not depend on data/models. */
export function testModel(): MatchingModel {
  const features = ['queryCoverage', 'passageCoverage', 'titleCoverage', 'relatedCoverage', 'dice', 'bm25Relative'];
  return loadMatchingModel(
    { version: 'test', features, weights: [6, 3, 2, 2, 2, 1], bias: -6, candidates: 20, thresholds: { possible: 0.3, strong: 0.8 } },
    { groups: [['collaps', 'fall'], ['kill', 'dead', 'die']] },
  );
}

export const NOW = new Date('2026-11-09T00:00:00Z');

export const STATEMENTS: IndexableStatement[] = [
  {
    id: 1,
    title: 'Elm Street Bridge closed as a precaution',
    body: 'City engineers closed the Elm Street Bridge over the Cedar River at 5:45 a.m. on Tuesday.\n\nThe bridge has not collapsed, and we are not aware of any damage to it.',
    url: 'https://ridgeportpd.example/news/elm-bridge',
    publishedAt: '2026-11-03T11:45:00Z',
    status: 'active',
  },
  {
    id: 2,
    title: 'Shooting at Northgate Mall: one person injured',
    body: 'Officers responded to a shooting at Northgate Mall in Ridgeport on Friday. One person was injured and taken to hospital in stable condition. There was one shooter, who is in custody.',
    url: 'https://ridgeportpd.example/news/northgate',
    publishedAt: '2026-11-06T20:00:00Z',
    status: 'active',
  },
  {
    id: 3,
    title: 'Tap water is safe to drink',
    body: 'Posts claim that floodwater contaminated the drinking water with E. coli. These claims are false. Every sample was negative for coliform bacteria.',
    url: 'https://ridgeportpd.example/news/water',
    publishedAt: '2026-11-08T15:00:00Z',
    status: 'active',
  },
];
