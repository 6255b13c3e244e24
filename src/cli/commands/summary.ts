import type { Command } from 'commander';
import { RumorDeskError } from '../../core/errors';
import { SUMMARY_FORMATS, type SummaryFormat } from '../../usecases/summary';
import type { CliContext } from '../context';
import { dbOption, withDesk } from './shared';
import { writeOutputFile } from '../write-output-file';

export function registerSummary(program: Command, ctx: CliContext): void {
  dbOption(program.command('summary').description('Weekly rumor summary: what spread, what was answered, how fast'))
    .option('--week <week>', 'ISO week, e.g. 2026-W47 (default: the last complete week)')
    .option('--from <date>', 'first local day, YYYY-MM-DD (with --to)')
    .option('--to <date>', 'last local day, YYYY-MM-DD')
    .option('--format <format>', 'md, html or json', 'md')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--timezone <zone>', 'IANA time zone (default: the department setting)')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        if (!SUMMARY_FORMATS.includes(opts.format)) throw new RumorDeskError('VALIDATION_FAILED', `--format must be one of ${SUMMARY_FORMATS.join(', ')}.`);
        if ((opts.from && !opts.to) || (!opts.from && opts.to)) throw new RumorDeskError('VALIDATION_FAILED', 'Give both --from and --to, or --week.');
        const summary = desk.summary({ week: opts.week, from: opts.from, to: opts.to, timezone: opts.timezone });
        const text = desk.renderSummary(summary, opts.format as SummaryFormat);
        if (opts.out) {
          writeOutputFile(opts.out, text);
          ctx.io.out(`Wrote the ${summary.period.label} summary to ${opts.out}.\n`);
        } else {
          ctx.io.out(text.endsWith('\n') ? text : text + '\n');
        }
      }),
    );
}
