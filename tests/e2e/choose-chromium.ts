import { existsSync } from 'fs';

/** Debian's Chromium, the one `.ci/run` installs with apt-get. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export type ChromiumChoice =
  | { source: 'system'; executablePath: string }
  | { source: 'bundled' };

/**
 * Which Chromium the browser tests drive. The system one comes first: Debian builds it as the
 * full multi-process browser people use and keeps it patched. Without it, the Chromium shipped
 * inside the npm package `@sparticuz/chromium` (a headless-shell build made for AWS Lambda):
 * `npm ci` fetches it from the npm registry like any other devDependency, so `npm test` needs
 * nothing but Node and npm. `npx playwright install` is not an option: it downloads from
 * Microsoft's CDN, outside the registries this project may use.
 *
 * RUMORDESK_CHROMIUM names a binary to use instead; RUMORDESK_BROWSER=system|bundled forces
 * one source (so either can be tested on a machine that has both), `auto` or unset decides
 * as above.
 *
 * @example
 * chooseChromium({ RUMORDESK_BROWSER: 'bundled' }); // { source: 'bundled' }
 */
export function chooseChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): ChromiumChoice {
  const named = env.RUMORDESK_CHROMIUM;
  if (named) {
    if (!exists(named)) throw new Error(`RUMORDESK_CHROMIUM names ${named}, which does not exist.`);
    return { source: 'system', executablePath: named };
  }
  const wanted = env.RUMORDESK_BROWSER ?? 'auto';
  if (wanted === 'bundled') return { source: 'bundled' };
  if (wanted === 'system' || wanted === 'auto') {
    if (exists(SYSTEM_CHROMIUM)) return { source: 'system', executablePath: SYSTEM_CHROMIUM };
    if (wanted === 'auto') return { source: 'bundled' };
    throw new Error(`RUMORDESK_BROWSER=system but ${SYSTEM_CHROMIUM} is missing: "apt-get install -y chromium", or unset it to use the bundled Chromium.`);
  }
  throw new Error(`RUMORDESK_BROWSER must be system, bundled or auto, not "${wanted}".`);
}
