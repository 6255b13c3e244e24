import type { Command } from 'commander';
import { matchDecisionWords, stanceWords } from '../../core/match-words';
import type { CliContext } from '../context';
import { json, table } from '../format';
import { dbOption, withDesk } from './shared';

export function registerClusters(program: Command, ctx: CliContext): void {
  const clusters = program.command('clusters').description('Rumor clusters: list, inspect, merge, move and split');

  dbOption(clusters.command('list').description('List open rumor clusters'))
    .option('--since <iso>', 'only clusters active since this time')
    .option('--sort <key>', 'priority, volume, velocity or recent', 'priority')
    .option('--limit <n>', 'how many', '30')
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const items = desk.clusters.list({ since: opts.since, sort: opts.sort, limit: opts.limit });
        if (opts.json) return ctx.io.out(json({ items }));
        ctx.io.out(
          table(
            ['id', 'posts', 'authors', 'peak/h', 'label', 'action', 'stance', 'claim'],
            items.map((c) => [c.id, c.postCount, c.uniqueAuthors, c.peakHourPosts, c.credibility?.label ?? '-', c.triage?.action ?? '-', c.stance ? stanceWords(c.stance) : '-', c.representativeText.replace(/\s+/g, ' ')]),
          ),
        );
      }),
    );

  dbOption(clusters.command('show <id>').description('Show a cluster: volume, statement, credibility, posts, history'))
    .option('--posts <n>', 'how many posts to list', '20')
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const c = desk.clusters.show(id, { posts: Number(opts.posts) });
        if (opts.json) return ctx.io.out(json(c));
        const lines = [
          `Cluster #${c.id} (${c.status}${c.mergedInto ? ` into #${c.mergedInto}: its posts are there now` : ''})  ${c.postCount} posts, ${c.uniqueAuthors} authors, engagement ${c.totalEngagement}, platforms ${c.platforms.join(', ')}`,
          `First seen ${c.firstSeen ?? '-'}, last seen ${c.lastSeen ?? '-'}, peak ${c.peakHourPosts} posts/hour`,
          `Claim: ${c.representativeText}`,
          c.statement ? `Statement #${c.statement.id} "${c.statement.title}": ${stanceWords(c.stance)} (${matchDecisionWords(c.matchDecision)}, ${c.matchScore?.toFixed(2)})` : 'No verified statement addresses it.',
        ];
        if (c.credibility) {
          lines.push(`Credibility ${c.credibility.score}/100 ${c.credibility.label}`);
          if (c.credibility.howSure) lines.push(`  How sure: ${c.credibility.howSure}`);
          for (const f of c.credibility.factors) lines.push(`  ${f.contribution > 0 ? '+' : ''}${f.contribution.toFixed(0)}  ${f.sentence}`);
        }
        if (c.triage) lines.push(`Triage: ${c.triage.action} (priority ${c.triage.priority.toFixed(0)}): ${c.triage.reason}`);
        lines.push('', 'Posts:');
        for (const p of c.posts) lines.push(`  #${p.id} [${p.platform}] ${p.postedAt ?? ''} (${p.membership.reason}) ${p.text.replace(/\s+/g, ' ').slice(0, 100)}`);
        if (c.history.length) {
          lines.push('', 'History (newest first):');
          for (const h of c.history) lines.push(`  ${h.at}  ${h.action} by ${h.actor}${h.note ? `: ${h.note}` : ''}`);
        }
        ctx.io.out(lines.join('\n') + '\n');
      }),
    );

  dbOption(clusters.command('merge <from> <into>').description('Merge cluster FROM into cluster INTO'))
    .option('--json', 'print JSON')
    .action((from: string, into: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const c = desk.clusters.merge(from, into, 'cli');
        ctx.io.out(opts.json ? json(c) : `Merged #${from} into #${c.id}: now ${c.postCount} posts.\n`);
      }),
    );

  dbOption(clusters.command('move <postId> <toCluster>').description('Move one post to another cluster (pinned there)'))
    .option('--json', 'print JSON')
    .action((postId: string, to: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const c = desk.clusters.movePost(postId, to, 'cli');
        ctx.io.out(opts.json ? json(c) : `Moved post #${postId} to cluster #${c.id}.\n`);
      }),
    );

  dbOption(clusters.command('split <postId>').description('Split one post out into a cluster of its own'))
    .option('--json', 'print JSON')
    .action((postId: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const c = desk.clusters.splitPost(postId, 'cli');
        ctx.io.out(opts.json ? json(c) : `Post #${postId} is now cluster #${c.id}.\n`);
      }),
    );
}
