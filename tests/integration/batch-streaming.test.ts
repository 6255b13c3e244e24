import { Readable } from 'node:stream';
import { readPosts } from '../../src/usecases/batch';

describe('streaming', () => {
  test('200,000 generated JSON Lines rows are read one by one, none held', async () => {
    const total = 200_000;
    function* lines(): Generator<string> {
      for (let i = 0; i < total; i++) {
        yield JSON.stringify({ id: `p${i}`, text: `Claim number ${i} about the bridge`, likes: i % 50, created_at: 1793722800 + i }) + '\n';
      }
    }
    const input = Readable.from(lines(), { objectMode: true });
    let count = 0;
    let lastLine = 0;
    for await (const item of readPosts(input, { format: 'auto' })) {
      if (item.kind !== 'row') throw new Error(`unexpected reject ${item.reason}`);
      count += 1;
      lastLine = item.line;
    }
    expect(count).toBe(total);
    expect(lastLine).toBe(total);
  }, 120_000);

  test('a large JSON array streams element by element', async () => {
    const total = 20_000;
    function* chunks(): Generator<string> {
      yield '[\n';
      for (let i = 0; i < total; i++) yield `${i ? ',' : ''}{"id": "${i}", "text": "claim ${i}"}\n`;
      yield ']\n';
    }
    let count = 0;
    for await (const item of readPosts(Readable.from(chunks(), { objectMode: true }), { format: 'json' })) if (item.kind === 'row') count += 1;
    expect(count).toBe(total);
  }, 60_000);
});
