import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { tmpdir, userInfo } from 'os';
import { dirname, join, resolve } from 'path';

/** What playwright-core needs to launch the Chromium shipped inside `@sparticuz/chromium`. */
export interface BundledChromium {
  executablePath: string;
  /** The package's recommended flags (headless shell, single process, software GL). */
  args: string[];
  /** Its own NSS/NSPR/expat libraries and fonts, so the host needs none of them installed. */
  env: Record<string, string>;
}

interface Unpacked {
  version: string;
  args: string[];
}

const PACKAGE = '@sparticuz/chromium';
const READY = 'rumordesk-ready.json';

/**
 * The package is ESM only and jest runs tests as CommonJS without ESM support, so a plain
 * node child imports it. `executablePath()` without an argument only decompresses the files
 * inside the package (it fetches only when given a URL, which we never pass); it writes into
 * `os.tmpdir()`, which the child's TMPDIR points at our own directory. The AL2023 libraries
 * are unpacked too, though the package does so only on Lambda: they are exactly the libraries
 * (libnss3, libnspr4, libexpat) a bare Debian or Ubuntu lacks.
 */
const UNPACK_SCRIPT = `
import chromium, { inflate } from '${PACKAGE}';
import { readFileSync } from 'node:fs';
const bin = new URL('../bin/', import.meta.resolve('${PACKAGE}'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', bin), 'utf8'));
await chromium.executablePath();
await inflate(new URL('al2023.tar.br', bin).pathname);
process.stdout.write(JSON.stringify({ version: pkg.version, args: chromium.args }));
`;

/** The bundled fonts only: the package's own fonts.conf names Lambda's paths, not ours. */
function fontsConf(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(dir, 'fonts', 'fonts')}</dir>
  <cachedir>${join(dir, 'fonts-cache')}</cachedir>
</fontconfig>
`;
}

function packageVersion(root: string): string {
  const entry = require.resolve(PACKAGE, { paths: [root] });
  return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

function launchSpec(dir: string, unpacked: Unpacked): BundledChromium {
  return {
    executablePath: join(dir, 'chromium'),
    args: unpacked.args,
    env: {
      LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: join(dir, 'fonts'),
    },
  };
}

/**
 * Unpacks the Chromium inside `@sparticuz/chromium` once per package version (about 2 s, 220 MB
 * under the temp directory) and says how to launch it. Several jest workers may ask at once:
 * each unpacks into its own directory and renames it into place, so none ever sees half a file.
 *
 * @example
 * const chrome = unpackBundledChromium();
 * await chromium.launch({ executablePath: chrome.executablePath, args: chrome.args, env: { ...process.env, ...chrome.env } });
 */
export function unpackBundledChromium(root = resolve(__dirname, '../..')): BundledChromium {
  const dir = join(tmpdir(), `rumordesk-chromium-${packageVersion(root)}-${userInfo().uid}`);
  const ready = join(dir, READY);
  if (existsSync(ready)) return launchSpec(dir, JSON.parse(readFileSync(ready, 'utf8')) as Unpacked);

  const staging = mkdtempSync(`${dir}.partial-`);
  try {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', UNPACK_SCRIPT], {
      cwd: root,
      env: { ...process.env, TMPDIR: staging },
      encoding: 'utf8',
    });
    const unpacked = JSON.parse(out) as Unpacked;
    writeFileSync(join(staging, 'fonts', 'fonts.conf'), fontsConf(dir));
    writeFileSync(join(staging, READY), JSON.stringify(unpacked));
    try {
      renameSync(staging, dir);
    } catch (err) {
      // Another worker finished first; its copy is as good as ours.
      if (!existsSync(ready)) throw err;
    }
    return launchSpec(dir, unpacked);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
