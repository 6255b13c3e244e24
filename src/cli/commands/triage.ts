import type { Command } from 'commander';
import type { CliContext } from '../context';
import { json } from '../format';
import { dbOption, withDesk } from './shared';

export function registerTriage(program: Command, ctx: CliContext): void {
  dbOption(program.command('triage').description('What to answer first: clusters by priority with a recommended action'))
    .option('--limit <n>', 'how many', '10')
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const items = desk.triage({ limit: opts.limit });
        if (opts.json) return ctx.io.out(json({ items }));
        if (!items.length) return ctx.io.out('Nothing needs attention.\n');
        const lines: string[] = [];
        items.forEach((c, i) => {
          lines.push(`${i + 1}. ${c.triage?.action?.toUpperCase()}  cluster #${c.id}  priority ${c.triage?.priority.toFixed(0)}  ${c.postCount} posts${c.triage?.harmCategory ? `  [${c.triage.harmCategory}]` : ''}`);
          lines.push(`   "${c.representativeText.replace(/\s+/g, ' ').slice(0, 110)}"`);
          lines.push(`   ${c.triage?.reason ?? ''}`);
          if (c.credibility) lines.push(`   credibility ${c.credibility.score}/100 ${c.credibility.label}: ${c.credibility.factors.slice(0, 2).map((f) => f.sentence).join(' ')}`);
        });
        ctx.io.out(lines.join('\n') + '\n');
      }),
    );
}
