import type { Command } from 'commander';
import { usableMatches } from '../../core/matching/usable-match';
import { matchDecisionWords, stanceSureness, stanceWords } from '../../core/match-words';
import type { Stance } from '../../core/types';
import type { CheckResult } from '../../usecases/check/check-claim';
import type { CliContext } from '../context';
import { json } from '../format';
import { dbOption, withDesk } from './shared';

/** The headline verb for a stance; `unclear` tells the officer what to do. */
const STANCE_HEADLINE: Record<Stance, string> = {
  contradicts: 'CONTRADICTED by',
  supports: 'SUPPORTED by',
  not_addressed: 'Not addressed by',
  unclear: 'UNCLEAR, read',
};

function readable(result: CheckResult): string {
  const lines: string[] = [];
  const top = result.matches[0];
  if (!top || result.matchDecision === 'none') {
    lines.push('No verified statement addresses this claim.');
  } else {
    lines.push(`${STANCE_HEADLINE[result.stance ?? top.stance]} statement #${top.statement.id} "${top.statement.title}" (${matchDecisionWords(result.matchDecision)}, score ${top.score.toFixed(2)})`);
    if (top.stanceSentence && top.stance !== 'not_addressed') lines.push(`  The statement says: "${top.stanceSentence}"`);
    for (const reason of top.stanceReasons) lines.push(`  - ${reason}`);
    for (const note of top.decisionNotes) lines.push(`  ! ${note}`);
    const sureness = stanceSureness(top.stanceConfidence, top.stanceDecidedBy);
    if (sureness) lines.push(`  How sure: ${sureness}`);
    if (top.statement.url) lines.push(`  ${top.statement.url}`);
  }
  lines.push('');
  lines.push(`Credibility: ${result.credibility.score}/100, ${result.credibility.label.replace('_', ' ')} (confidence ${result.credibility.confidence.toFixed(2)})`);
  if (result.credibility.howSure) lines.push(`  How sure: ${result.credibility.howSure}`);
  for (const factor of result.credibility.factors) {
    const sign = factor.contribution > 0 ? '+' : '';
    lines.push(`  ${sign}${factor.contribution.toFixed(0).padStart(3)}  ${factor.sentence}`);
  }
  if (result.cluster) {
    lines.push('');
    lines.push(`Resembles rumor cluster #${result.cluster.id}: ${result.cluster.postCount} post(s) since ${result.cluster.firstSeen ?? 'unknown'}, peak ${result.cluster.postsPerHourPeak}/hour.`);
  }
  const others = usableMatches(result.matches.slice(1));
  if (others.length) {
    lines.push('');
    lines.push('Other candidate statements:');
    for (const m of others) lines.push(`  #${m.statement.id} ${m.statement.title} (${matchDecisionWords(m.decision)}, ${stanceWords(m.stance)}, ${m.score.toFixed(2)})`);
  }
  return lines.join('\n') + '\n';
}

export function registerCheck(program: Command, ctx: CliContext): void {
  dbOption(program.command('check <text>').description('Check a claim against the verified statements'))
    .option('--url <url>', 'a link the claim carries')
    .option('--k <n>', 'how many candidate statements', '5')
    .option('--json', 'print JSON')
    .action((text: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const result = desk.check(text, { k: Number(opts.k), url: opts.url ?? null });
        ctx.io.out(opts.json ? json(result) : readable(result));
      }),
    );
}
