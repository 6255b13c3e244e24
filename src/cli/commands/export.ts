import type { Command } from 'commander';
import { RumorDeskError } from '../../core/errors';
import { parseId } from '../../usecases/validation';
import type { CliContext } from '../context';
import { json } from '../format';
import { dbOption, withDesk } from './shared';
import { writeOutputFile } from '../write-output-file';

export function registerExport(program: Command, ctx: CliContext): void {
  const exporter = program.command('export').description('Export for publication');
  dbOption(exporter.command('claimreview [clusterId]').description('schema.org ClaimReview JSON-LD for a rebutted cluster, or --all'))
    .option('--all', 'every cluster with an approved or published rebuttal')
    .option('--out <file>', 'write to a file instead of stdout')
    .action((clusterId: string | undefined, opts) =>
      withDesk(ctx, opts, (desk) => {
        if (!opts.all && clusterId === undefined) throw new RumorDeskError('VALIDATION_FAILED', 'Name a cluster id or use --all.');
        const doc = opts.all ? desk.claimReview.all() : desk.claimReview.forCluster(parseId(clusterId, 'cluster'));
        if (opts.out) {
          writeOutputFile(opts.out, json(doc));
          ctx.io.out(`Wrote ${Array.isArray(doc) ? doc.length : 1} ClaimReview(s) to ${opts.out}.\n`);
        } else {
          ctx.io.out(json(doc));
        }
      }),
    );
}
