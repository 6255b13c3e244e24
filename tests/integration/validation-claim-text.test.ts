import type { OpenDesk } from '../../src/composition/open-desk';
import { emptyDeskFile, memoryDesk, readJson, runCommand, startHttp, tempDir } from '../helpers/desk';

const LIMIT = 5000; // maxClaimChars' default

describe('claim text checks', () => {
  let handle: OpenDesk;
  let http: { url: string; close(): Promise<void> };
  const check = (text: string) => fetch(`${http.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });

  beforeAll(async () => {
    handle = memoryDesk();
    http = await startHttp(handle);
  });
  afterAll(async () => {
    await http.close();
    handle.close();
  });

  describe('TEXT_TOO_LONG counts characters, not UTF-16 units', () => {
    it('accepts an emoji-heavy claim under the limit in characters', async () => {
      const text = 'Bridge down 🚨🌊'.repeat(Math.floor(LIMIT / 14)); // 14 characters, 16 UTF-16 units each
      expect([...text].length).toBeLessThanOrEqual(LIMIT);
      expect(text.length).toBeGreaterThan(LIMIT);
      expect((await check(text)).status).toBe(200);
    });

    it('refuses one character over, stating the limit in characters', async () => {
      const res = await check('🚨'.repeat(LIMIT + 1));
      expect(res.status).toBe(400);
      expect((await readJson(res)).error).toEqual({ code: 'TEXT_TOO_LONG', message: `The claim is ${LIMIT + 1} characters; the limit is ${LIMIT} characters.` });
    });
  });

  describe('text of invisible characters only is empty', () => {
    const empty = { code: 'TEXT_EMPTY', message: 'The claim text is empty.' };

    it.each([
      ['zero-width space', '\u200B'],
      ['joiners', '\u200D\u200C\u200D'],
      ['byte-order mark', '\uFEFF'],
      ['word joiner and spaces', ' \u2060 \u200B\n'],
      ['Hangul filler', '\u3164'],
      ['variation selector', '\uFE0F'],
    ])('refuses %s over HTTP with the empty-text error', async (_name, text) => {
      const res = await check(text);
      expect(res.status).toBe(400);
      expect((await readJson(res)).error).toEqual(empty);
    });

    it('answers the same as for an empty text', async () => {
      expect((await readJson(await check(''))).error).toEqual(empty);
    });

    it('still checks a claim with a zero-width character inside it', async () => {
      expect((await check('Bridge\u200B closed')).status).toBe(200);
    });

    it('refuses it in the CLI: exit 2, TEXT_EMPTY', async () => {
      const tmp = tempDir();
      try {
        const run = await runCommand(['check', '\u200B\uFEFF', '--db', emptyDeskFile(`${tmp.dir}/desk.db`)]);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('rumordesk: TEXT_EMPTY: The claim text is empty.\n');
      } finally {
        tmp.cleanup();
      }
    });
  });
});
