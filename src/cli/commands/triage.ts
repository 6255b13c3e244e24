import type { Command } from 'commander';
import { MESSAGING_KIND_WORDS } from '../../core/reach';
import { statementStatusNote } from '../../core/match-words';
import type { CliContext } from '../context';
import { json } from '../format';
import { dbOption, withDesk } from './shared';

export function registerTriage(program: Command, ctx: CliContext): void {
  dbOption(program.command('triage').description('What to answer first: rumor clusters by priority with a recommended action, then the reach of the department\'s own statements'))
    .option('--limit <n>', 'how many', '10')
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const items = desk.triage({ limit: opts.limit });
        const statementReach = desk.statementReach({ limit: opts.limit });
        if (opts.json) return ctx.io.out(json({ items, statementReach }));
        const lines: string[] = [];
        if (!items.length) lines.push('Nothing needs attention.');
        items.forEach((c, i) => {
          lines.push(`${i + 1}. ${c.triage?.action?.toUpperCase()}  cluster #${c.id}  priority ${c.triage?.priority.toFixed(0)}  ${c.postCount} posts${c.triage?.harmCategory ? `  [${c.triage.harmCategory}]` : ''}`);
          lines.push(`   "${c.representativeText.replace(/\s+/g, ' ').slice(0, 110)}"`);
          lines.push(`   ${c.triage?.reason ?? ''}`);
          if (c.credibility) {
            lines.push(`   credibility ${c.credibility.score}/100 ${c.credibility.label}: ${c.credibility.factors.slice(0, 2).map((f) => f.sentence).join(' ')}`);
            if (c.credibility.howSure) lines.push(`   how sure: ${c.credibility.howSure}`);
          }
        });
        if (statementReach.length) {
          lines.push('', "Statement reach (the department's own messaging, not rumors):");
          for (const s of statementReach) {
            lines.push(`- "${s.statement.title}" (statement #${s.statement.id}${statementStatusNote(s.statement.status) ? `, ${statementStatusNote(s.statement.status)}` : ''}): ${s.posts} posts, ${s.authors} authors, ${s.engagement.toLocaleString('en-US')} engagements; ${s.recognisedBy.map((k) => MESSAGING_KIND_WORDS[k]).join(', ')} (clusters ${s.clusters.map((c) => `#${c.id}`).join(', ')})`);
          }
        }
        ctx.io.out(lines.join('\n') + '\n');
      }),
    );
}
