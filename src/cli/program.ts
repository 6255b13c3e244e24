import { Command, CommanderError } from 'commander';
import { ERROR_CATALOGUE, isRumorDeskError } from '../core/errors';
import { registerAudit } from './commands/audit';
import { registerCheck } from './commands/check';
import { registerClusters } from './commands/clusters';
import { registerDrafts } from './commands/drafts';
import { registerExport } from './commands/export';
import { BatchRejectedRows, registerScore } from './commands/score';
import { registerServe } from './commands/serve';
import { registerPurge } from './commands/purge';
import { registerSummary } from './commands/summary';
import { registerUsers } from './commands/users';
import { registerTriage } from './commands/triage';
import { registerStatements } from './commands/statements';
import type { CliContext } from './context';

/** Exit codes besides the catalogue's: 0 success, 2 usage error (commander's own). */
export const USAGE_EXIT_CODE = 2;

/**
 * Builds the command tree. It never touches process state: main.ts (or a test) runs it.
 *
 * @example await runCli(['statements', 'list', '--db', ':memory:'], ctx)
 */
export function createProgram(ctx: CliContext): Command {
  const program = new Command();
  program
    .name('rumordesk')
    .description('Rumor Desk: match viral claims to your verified statements, triage rumors, draft corrections.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) })
    .showHelpAfterError('(run with --help for usage)');
  registerServe(program, ctx);
  registerStatements(program, ctx);
  registerCheck(program, ctx);
  registerClusters(program, ctx);
  registerTriage(program, ctx);
  registerDrafts(program, ctx);
  registerAudit(program, ctx);
  registerScore(program, ctx);
  registerExport(program, ctx);
  registerUsers(program, ctx);
  registerPurge(program, ctx);
  registerSummary(program, ctx);
  for (const command of program.commands) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) });
    for (const sub of command.commands) {
      sub.exitOverride();
      sub.configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) });
    }
  }
  return program;
}

/** Runs one command line and returns the exit code; errors become one line on stderr. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const program = createProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
    }
    if (err instanceof BatchRejectedRows) return err.exitCode;
    if (isRumorDeskError(err)) {
      ctx.io.err(`rumordesk: ${err.code}: ${err.message}\n`);
      return ERROR_CATALOGUE[err.code].exitCode;
    }
    ctx.io.err(`rumordesk: INTERNAL: ${(err as Error)?.message ?? String(err)}\n`);
    return ERROR_CATALOGUE.INTERNAL.exitCode;
  }
}
