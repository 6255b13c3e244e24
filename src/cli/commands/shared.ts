import type { Command } from 'commander';
import type { RumorDesk } from '../../usecases/rumor-desk';
import type { CliContext, DeskHandle } from '../context';

export function dbOption(command: Command): Command {
  return command.option('--db <path>', 'SQLite database file (default: $RUMORDESK_DB or ./rumordesk.db)');
}

/**
 * Opens the database for one command and always closes it, also when the command throws. Only a
 * command that may start a desk (`creates`: adding statements, scoring posts, adding a user,
 * drafting from a text) makes a missing database file; the others refuse it.
 */
export async function withDesk(
  ctx: CliContext,
  opts: { db?: string; scratch?: boolean; creates?: boolean },
  work: (desk: RumorDesk, handle: DeskHandle & { now(): Date }) => void | Promise<void>,
): Promise<void> {
  const handle = ctx.openDesk({ db: opts.db, ...(opts.scratch ? { scratch: true } : {}), mustExist: !opts.creates });
  // A scratch copy holds every post scored so far: Ctrl-C must not leave it in the temp folder.
  // Scoring runs a chunk at a time synchronously, so a signal arrives between chunks.
  const interrupted = (signal: NodeJS.Signals) => {
    handle.close();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (opts.scratch) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, interrupted);
  try {
    await work(handle.desk, { ...handle, now: () => new Date() });
  } finally {
    if (opts.scratch) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeListener(signal, interrupted);
    handle.close();
  }
}
