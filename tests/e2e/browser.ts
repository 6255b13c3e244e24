import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, as installed by .ci/run; RUMORDESK_CHROMIUM points elsewhere on other machines. */
export const CHROMIUM = process.env.RUMORDESK_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(__dirname, '../../artifacts/screenshots');

export interface TestBrowser {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a fresh profile. A missing browser is a failure, not a
 * skip: the browser tests are part of `npm test` and must not pass by not running.
 */
export async function launchChromium(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with "apt-get update && apt-get install -y chromium" (.ci/run does this), or set RUMORDESK_CHROMIUM.`);
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'rumordesk-chromium-'));
  // launchPersistentContext is how playwright takes a user-data dir of our choosing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  const browser = context.browser();
  return {
    browser: browser as Browser,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  return join(SCREENSHOT_DIR, `${name}.png`);
}
