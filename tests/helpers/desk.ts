import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { AddressInfo } from 'net';
import { loadConfig } from '../../src/config';
import { openDesk, type OpenDesk } from '../../src/composition/open-desk';
import { openScratchDesk } from '../../src/composition/open-scratch-desk';
import { createApp } from '../../src/service/create-app';
import type { CliContext } from '../../src/cli/context';
import { runCli } from '../../src/cli/program';

export const silentLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A desk on a fresh in-memory database, with a fixed clock unless one is given. */
export function memoryDesk(clock: () => Date = () => new Date('2026-11-20T12:00:00Z')): OpenDesk {
  return openDesk(loadConfig({ db: ':memory:' }, {}), clock);
}

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rumordesk-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A temp folder with a desk file path in it, new for each test of the calling describe block
 * (this registers its beforeEach and afterEach).
 */
export function tempDeskEachTest(): { readonly dir: string; readonly db: string } {
  let tmp: ReturnType<typeof tempDir> | null = null;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => {
    tmp?.cleanup();
    tmp = null;
  });
  const dir = (): string => {
    if (!tmp) throw new Error('tempDeskEachTest: read outside a test');
    return tmp.dir;
  };
  return {
    get dir() {
      return dir();
    },
    get db() {
      return join(dir(), 'desk.db');
    },
  };
}

/** Starts the real express app on an ephemeral loopback port. */
export async function startHttp(handle: OpenDesk): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp(handle.desk, { logger: silentLogger, bodyLimit: '256kb' });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process against a database file, capturing its output. `extra` adds what the
 * composition root may give beyond the desk (e.g. `tuneForBatch`).
 */
export async function runCommand(argv: string[], env: Record<string, string | undefined> = {}, extra: Pick<CliContext, 'tuneForBatch'> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    io: { out: (t) => void (stdout += t), err: (t) => void (stderr += t), isTty: false },
    env,
    openDesk: ({ scratch, mustExist, ...overrides }) => (scratch ? openScratchDesk : openDesk)(loadConfig(overrides, env), undefined, { mustExist: mustExist ?? false }),
    serve: () => Promise.reject(new Error('serve is not used in CLI tests')),
    ...extra,
  };
  const code = await runCli(argv, ctx);
  return { code, stdout, stderr };
}

/** An empty, migrated database file at `path`: commands that only read refuse a missing one. */
export function emptyDeskFile(path: string): string {
  openDesk(loadConfig({ db: path }, {})).close();
  return path;
}

/**
 * A database file in `dir` with the statements of `statementsFile` imported through the CLI, as a
 * user would start; fails the test when the import does not succeed.
 */
export async function importedDatabase(dir: string, statementsFile: string, name = 'desk.db'): Promise<string> {
  const db = join(dir, name);
  const run = await runCommand(['statements', 'import', statementsFile, '--db', db]);
  if (run.code !== 0) throw new Error(`statements import exited ${run.code}: ${run.stderr}`);
  return db;
}

/** A response body as loosely typed JSON: tests assert on its shape. */
export async function readJson(res: Response): Promise<any> {
  return res.json();
}
