import type { Command } from 'commander';
import type { CliContext } from '../context';
import { json } from '../format';
import { dbOption, withDesk } from './shared';

export function registerPurge(program: Command, ctx: CliContext): void {
  dbOption(program.command('purge').description('Retention: remove text and author data of old posts (statistics stay)'))
    .option('--older-than <age>', 'e.g. 90d, 12w, 48h (default: the retention.days setting)')
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const report = desk.purge(opts.olderThan ?? null, 'cli');
        ctx.io.out(opts.json ? json(report) : `Purged ${report.postsPurged} post(s) older than ${report.cutoff}; ${report.clustersRedacted} cluster text(s) redacted.\n`);
      }),
    );
}
