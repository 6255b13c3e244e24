import { emergingTopics, topicPhrases } from '../../../src/core/summary';

const privacy = { allowedNames: [], publicHandles: ['@RidgeportPD'] };

describe('emerging topics', () => {
  it('finds noun phrases without articles or trailing pronouns', () => {
    expect(topicPhrases('The Elm Street Bridge just collapsed into the Cedar River').map((p) => p.phrase)).toEqual(
      expect.arrayContaining(['elm street bridge', 'cedar river']),
    );
    expect(topicPhrases("Don't drink the tap water, it's contaminated").map((p) => p.phrase)).toContain('tap water');
  });

  it('lists phrases that rose against the previous period, biggest rise first', () => {
    const current = [
      { text: 'The Elm Street Bridge collapsed', posts: 9 },
      { text: 'Power outage on the east side', posts: 4 },
      { text: 'Tap water is contaminated', posts: 3 },
    ];
    const previous = [
      { text: 'Power outage again on the east side', posts: 6 },
      { text: 'Tap water tastes odd', posts: 1 },
    ];
    const topics = emergingTopics(current, previous, privacy);
    expect(topics[0]).toEqual({ phrase: 'elm street bridge', posts: 9, previousPosts: 0 });
    expect(topics.find((t) => t.phrase === 'tap water')).toEqual({ phrase: 'tap water', posts: 3, previousPosts: 1 });
    // Fell from 6 to 4: not emerging.
    expect(topics.map((t) => t.phrase)).not.toContain('power outage');
  });

  it('needs a minimum number of posts', () => {
    expect(emergingTopics([{ text: 'Sinkhole on Main Street', posts: 2 }], [], privacy)).toEqual([]);
    expect(emergingTopics([{ text: 'Sinkhole on Main Street', posts: 2 }], [], privacy, { minPosts: 2, limit: 5 }).map((t) => t.phrase)).toContain('sinkhole');
  });

  it('never lists a private name, handle, phone or plate', () => {
    const current = [
      { text: 'Derek Lindqvist is the shooter, he drives plate RPX-4471', posts: 12 },
      { text: 'DM @quiet_neighbor_77 or call 312-555-0199 about the shooter', posts: 12 },
    ];
    const phrases = emergingTopics(current, [], privacy, { minPosts: 1, limit: 50 }).map((t) => t.phrase).join(' | ');
    expect(phrases).toContain('shooter');
    expect(phrases).not.toMatch(/derek|lindqvist|rpx|4471|quiet|neighbor_77|555/i);
  });
});
