import type { Command } from 'commander';
import type { CliContext } from '../context';
import { json } from '../format';
import { dbOption, withDesk } from './shared';

export function registerPurge(program: Command, ctx: CliContext): void {
  dbOption(program.command('purge').description('Retention: remove text and author data of old posts (statistics stay)'))
    .option('--older-than <age>', 'e.g. 90d, 12w, 48h (default: the retention.days setting)')
    .option('--dry-run', 'report what would be removed, and remove nothing')
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const report = desk.purge(opts.olderThan ?? null, 'cli', { dryRun: Boolean(opts.dryRun) });
        if (opts.json) return ctx.io.out(json(report));
        ctx.io.out(
          report.dryRun
            ? `Dry run: would purge ${report.postsPurged} post(s) older than ${report.cutoff} and redact ${report.clustersRedacted} cluster text(s); nothing was changed.\n`
            : `Purged ${report.postsPurged} post(s) older than ${report.cutoff}; ${report.clustersRedacted} cluster text(s) redacted.\n`,
        );
      }),
    );
}
