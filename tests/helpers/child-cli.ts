import { spawn, type ChildProcess } from 'child_process';
import { resolve } from 'path';
import Database from 'better-sqlite3';

export const ROOT = resolve(__dirname, '../..');

export interface ChildRun {
  child: ChildProcess;
  /** Everything the child has written to stdout so far. */
  stdout(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/**
 * Runs a TypeScript entry point of this repository in its own node process, with tsx's
 * require hook in that same process: `kill -9` then hits the process doing the work (the tsx
 * CLI would put a second process in between).
 *
 * @example const run = spawnTs('src/cli/main.ts', ['score', 'posts.jsonl', '--db', db]);
 */
export function spawnTs(entry: string, args: string[], env: Record<string, string> = {}): ChildRun {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', resolve(ROOT, entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, RUMORDESK_LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) => child.on('exit', (code, signal) => done({ code, signal, stderr: err })));
  return { child, stdout: () => out, exited };
}

/** Polls until `check` is true; the deadline only stops a hung test, it asserts nothing about speed. */
export async function waitUntil(check: () => boolean, deadlineMs = 120_000, everyMs = 25): Promise<boolean> {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return check();
}

/** One value from a read-only connection, opened and closed around the query so it never holds a lock. */
export function peek<T>(dbFile: string, sql: string): T | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return db.prepare(sql).pluck().get() as T;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
