/**
 * The CLI run in-process for benchmarks (as `rumordesk` runs it, output collected), and the
 * statements database the batch benchmarks score against.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { loadConfig } from '../../src/config';
import { openDesk } from '../../src/composition/open-desk';
import { runCli } from '../../src/cli/program';
import type { CliContext } from '../../src/cli/context';
import type { generateStatements } from './synthetic-statements';

function ctxFor(open: CliContext['openDesk'], log: (text: string) => void): CliContext {
  return {
    io: { out: log, err: log, isTty: false },
    env: {},
    openDesk: open,
    serve: () => Promise.reject(new Error('not used')),
  };
}

/** Runs one CLI command in this process; its exit code and everything it printed. */
export async function cli(argv: string[], open: CliContext['openDesk'] = (o) => openDesk(loadConfig(o, {}))): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await runCli(argv, ctxFor(open, (t) => void (output += t)));
  return { code, output };
}

/** A database in `dir` holding the demo statements and `statements`, imported through the CLI. */
export async function statementsDb(root: string, dir: string, statements: ReturnType<typeof generateStatements>): Promise<string> {
  const db = join(dir, 'statements.db');
  const file = join(dir, 'statements.jsonl');
  writeFileSync(file, statements.map((s) => JSON.stringify(s)).join('\n') + '\n');
  for (const f of [join(root, 'data/demo/statements.jsonl'), file]) {
    const imported = await cli(['statements', 'import', f, '--db', db]);
    if (imported.code !== 0) throw new Error(`statements import failed: ${imported.output}`);
  }
  return db;
}
