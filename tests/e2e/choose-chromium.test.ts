import { chooseChromium, SYSTEM_CHROMIUM } from './choose-chromium';
import { mergeArgs } from './browser';

const present = (...paths: string[]) => (path: string) => paths.includes(path);

describe('chooseChromium', () => {
  it('takes the system Chromium when there is one', () => {
    expect(chooseChromium({}, present(SYSTEM_CHROMIUM))).toEqual({ source: 'system', executablePath: SYSTEM_CHROMIUM });
  });

  it('falls back to the bundled Chromium on a machine with only Node and npm', () => {
    expect(chooseChromium({}, present())).toEqual({ source: 'bundled' });
    expect(chooseChromium({ RUMORDESK_BROWSER: 'auto' }, present())).toEqual({ source: 'bundled' });
  });

  it('uses the bundled Chromium when asked, even beside a system one', () => {
    expect(chooseChromium({ RUMORDESK_BROWSER: 'bundled' }, present(SYSTEM_CHROMIUM))).toEqual({ source: 'bundled' });
  });

  it('refuses RUMORDESK_BROWSER=system without a system Chromium instead of quietly using another', () => {
    expect(() => chooseChromium({ RUMORDESK_BROWSER: 'system' }, present())).toThrow(/apt-get install -y chromium/);
  });

  it('prefers the binary RUMORDESK_CHROMIUM names, and fails when it is not there', () => {
    expect(chooseChromium({ RUMORDESK_CHROMIUM: '/opt/chrome', RUMORDESK_BROWSER: 'bundled' }, present('/opt/chrome'))).toEqual({ source: 'system', executablePath: '/opt/chrome' });
    expect(() => chooseChromium({ RUMORDESK_CHROMIUM: '/opt/chrome' }, present(SYSTEM_CHROMIUM))).toThrow(/\/opt\/chrome/);
  });

  it('rejects an unknown RUMORDESK_BROWSER value', () => {
    expect(() => chooseChromium({ RUMORDESK_BROWSER: 'firefox' }, present(SYSTEM_CHROMIUM))).toThrow(/system, bundled or auto/);
  });
});

describe('mergeArgs', () => {
  it("keeps the package's flags and adds ours only for switches it does not set", () => {
    expect(mergeArgs(['--no-sandbox', '--disable-features=A,B', '--single-process'], ['--no-sandbox', '--disable-features=C', '--no-first-run'])).toEqual([
      '--no-sandbox',
      '--disable-features=A,B',
      '--single-process',
      '--no-first-run',
    ]);
  });
});
