import type { Command } from 'commander';
import type { CliContext } from '../context';
import { json, table } from '../format';
import { dbOption, withDesk } from './shared';

export function registerAudit(program: Command, ctx: CliContext): void {
  dbOption(program.command('audit').description('Read the append-only audit log, newest first'))
    .option('--since <iso>', 'only entries from this time on')
    .option('--actor <name>', 'only this actor')
    .option('--limit <n>', 'how many', '100')
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const items = desk.audit.list({ since: opts.since, actor: opts.actor, limit: opts.limit });
        if (opts.json) return ctx.io.out(json({ items }));
        ctx.io.out(table(['id', 'at', 'actor', 'action', 'target'], items.map((a) => [a.id, a.at, a.actor, a.action, `${a.targetType} ${a.targetId ?? ''}`])));
      }),
    );
}
