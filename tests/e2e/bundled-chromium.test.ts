import { launchChromium, type TestBrowser } from './browser';

/**
 * The fallback for machines without a system Chromium, run on every machine so that it cannot
 * rot where the system one is installed: it starts from the package alone, runs a page's
 * script and lays out text with the fonts it brings.
 */
jest.setTimeout(120_000);

let chrome: TestBrowser;

beforeAll(async () => {
  chrome = await launchChromium({ source: 'bundled' });
}, 120_000);

afterAll(async () => {
  await chrome?.close();
});

it('the Chromium bundled in @sparticuz/chromium renders a page and runs its script', async () => {
  expect(chrome.source).toBe('bundled');
  expect(chrome.browser.version()).toMatch(/^\d+\./);
  const page = await chrome.context.newPage();
  await page.setContent('<p id="out">waiting</p><span id="word">Bridge</span><script>document.getElementById("out").textContent = String(6 * 7);</script>');
  expect(await page.textContent('#out')).toBe('42');
  const box = await page.locator('#word').boundingBox();
  expect(box?.width).toBeGreaterThan(20);
  expect(box?.height).toBeGreaterThan(5);
  await page.close();
});
