import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { unpackBundledChromium } from './bundled-chromium';
import { chooseChromium, type ChromiumChoice } from './choose-chromium';

export const SCREENSHOT_DIR = resolve(__dirname, '../../artifacts/screenshots');

const OUR_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface TestBrowser {
  browser: Browser;
  context: BrowserContext;
  /** Where the binary came from (see chooseChromium). */
  source: ChromiumChoice['source'];
  close(): Promise<void>;
}

function flagName(arg: string): string {
  return arg.split('=')[0];
}

/**
 * The package's recommended flags first, then ours where the package says nothing about the
 * same switch: its --use-gl / --in-process-gpu choices are what its build was made to run with.
 *
 * @example
 * mergeArgs(['--no-sandbox', '--single-process'], ['--no-sandbox', '--no-first-run']);
 * // ['--no-sandbox', '--single-process', '--no-first-run']
 */
export function mergeArgs(recommended: string[], ours: string[]): string[] {
  const taken = new Set(recommended.map(flagName));
  return [...recommended, ...ours.filter((arg) => !taken.has(flagName(arg)))];
}

function bundledLaunch(): { executablePath: string; args: string[]; env: Record<string, string> } {
  const bundled = unpackBundledChromium();
  return { executablePath: bundled.executablePath, args: mergeArgs(bundled.args, OUR_ARGS), env: { ...inheritedEnv(), ...bundled.env } };
}

function inheritedEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * Launches headless Chromium with a fresh profile: the system one, else the one bundled in
 * `@sparticuz/chromium` (chooseChromium says why). A browser that cannot start is a failure,
 * not a skip: the browser tests are part of `npm test` and must not pass by not running.
 *
 * @example
 * const chrome = await launchChromium();
 * const page = await chrome.context.newPage();
 */
export async function launchChromium(choice: ChromiumChoice = chooseChromium()): Promise<TestBrowser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const launch = choice.source === 'bundled' ? bundledLaunch() : { executablePath: choice.executablePath, args: OUR_ARGS };
  const profile = mkdtempSync(join(tmpdir(), 'rumordesk-chromium-profile-'));
  // launchPersistentContext is how playwright takes a user-data dir of our choosing.
  const context = await chromium.launchPersistentContext(profile, {
    ...launch,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  const browser = context.browser();
  return {
    browser: browser as Browser,
    context,
    source: choice.source,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  return join(SCREENSHOT_DIR, `${name}.png`);
}
