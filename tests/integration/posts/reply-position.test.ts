import { loadConfig } from '../../../src/config';
import { openDesk, type OpenDesk } from '../../../src/composition/open-desk';

const NOW = new Date('2026-11-20T12:00:00Z');

/**
 * The reply-stance model was fitted with each reply's position in the thread (an answer to the
 * claim, or to another reply): ingestion must tell it which, from the post the reply answers.
 */
describe('reply position reaches the reply-stance model', () => {
  let handle: OpenDesk;
  const seen: Array<{ text: string; directReply: boolean | null | undefined }> = [];

  beforeAll(() => {
    handle = openDesk(loadConfig({ db: ':memory:' }, {}), () => NOW, {
      decorate: (ports) => ({
        ...ports,
        credibility: {
          ...ports.credibility,
          replyStance: (text, sourceText, directReply) => {
            seen.push({ text, directReply });
            return ports.credibility.replyStance(text, sourceText, directReply);
          },
        },
      }),
    });
  });
  afterAll(() => handle.close());

  it('marks a reply to the claim as direct and a reply to that reply as nested', () => {
    const at = (minutes: number) => new Date(NOW.getTime() - (60 - minutes) * 60_000).toISOString();
    handle.desk.ingestPosts([{ platform: 'x', id: 'claim', text: 'The Harbor Bridge collapsed this morning, avoid the waterfront', posted_at: at(0), author: { handle: 'poster' } }]);
    handle.desk.ingestPosts([{ platform: 'x', id: 'r1', reply_to: 'claim', text: 'That is false, I just drove over it', posted_at: at(5), author: { handle: 'driver' } }]);
    handle.desk.ingestPosts([{ platform: 'x', id: 'r2', reply_to: 'r1', text: 'are you sure? source?', posted_at: at(9), author: { handle: 'asker' } }]);
    expect(seen.map((s) => [s.text, s.directReply])).toEqual([
      ['That is false, I just drove over it', true],
      ['are you sure? source?', false],
    ]);
  });
});
