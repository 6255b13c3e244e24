import { shortenToFit, smsLength, xLength, measureDraft, toSmsText } from '../../../src/core/drafts';

const LONG_URL = 'https://ridgeport.example.gov/news/2026/11/a-very-long-statement-slug-that-x-would-shorten';

describe('xLength', () => {
  it('counts any URL as 23 and other Latin characters as 1', () => {
    expect(xLength(`Open. ${LONG_URL}`)).toBe(6 + 23);
    expect(xLength('https://a.gov')).toBe(23);
  });
  it('counts CJK and emoji as 2', () => {
    expect(xLength('橋')).toBe(2);
    expect(xLength('ok 🚧')).toBe(5);
  });
});

describe('smsLength', () => {
  it('uses 160 GSM-7 characters with extension characters costing two', () => {
    expect(smsLength('Road open')).toEqual({ length: 9, limit: 160 });
    expect(smsLength('a[b]')).toEqual({ length: 6, limit: 160 });
  });
  it('drops to 70 when a character is outside GSM-7', () => {
    expect(smsLength('Road open 🚧').limit).toBe(70);
    expect(smsLength(toSmsText('It’s “open” — see…')).limit).toBe(160);
  });
});

describe('shortenToFit', () => {
  const opts = (limit: number) => ({ link: LONG_URL, measure: (t: string) => measureDraft('x', t), ellipsis: '…', limit });

  it('returns text that fits unchanged, without an ellipsis', () => {
    const text = `The bridge is open.\n${LONG_URL}`;
    expect(shortenToFit(text, opts(280))).toEqual({ text, shortened: false });
  });

  it('cuts at a word boundary, marks the cut and keeps the link line whole', () => {
    const prose = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const { text, shortened } = shortenToFit(`${prose}\nDetails: ${LONG_URL}`, opts(280));
    expect(shortened).toBe(true);
    expect(xLength(text)).toBeLessThanOrEqual(280);
    expect(text.endsWith(`…\nDetails: ${LONG_URL}`)).toBe(true);
    const kept = text.split('…')[0] ?? '';
    expect(prose.startsWith(kept)).toBe(true);
    expect(prose.charAt(kept.length)).toBe(' ');
  });

  it('appends the link when the text lacks it', () => {
    const prose = 'x'.repeat(10) + ' ' + 'y '.repeat(200);
    const { text } = shortenToFit(prose, opts(280));
    expect(text.endsWith(`…\n${LONG_URL}`)).toBe(true);
  });

  it('uses the platform ellipsis (three dots for SMS) and its own counting', () => {
    const text = `${'Road closed between exits. '.repeat(10)}Info: https://a.gov/x`;
    const result = shortenToFit(text, { link: 'https://a.gov/x', measure: smsLength, ellipsis: '...' });
    expect(result.text).toMatch(/\.\.\. ?Info: https:\/\/a\.gov\/x$|\.\.\.\nInfo/);
    expect(smsLength(result.text).length).toBeLessThanOrEqual(160);
  });
});
