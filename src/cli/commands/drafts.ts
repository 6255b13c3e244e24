import type { Command } from 'commander';
import { DRAFT_PLATFORMS, type DraftPlatform } from '../../core/platforms';
import { measureDraft } from '../../core/drafts';
import { RumorDeskError } from '../../core/errors';
import { roleAllows } from '../../usecases/auth/auth';
import type { RumorDesk } from '../../usecases/rumor-desk';
import type { CliContext } from '../context';
import { json, table } from '../format';
import { dbOption, withDesk } from './shared';

/**
 * The name an approval or a publication is recorded under. Once the desk has users, the
 * supervisor reading the audit log takes "approved by bob" to mean an approver approved it, so
 * `--as` must name an enabled user whose role may do it (as the HTTP API demands of the caller).
 * This keeps the record true; it is not a login: whoever can run the CLI can open the database
 * file itself.
 */
function approverName(desk: RumorDesk, name: string, doing: 'approving' | 'publishing'): string {
  if (!desk.auth.hasUsers()) return name;
  const user = desk.auth.list().find((u) => u.username === name && !u.disabled);
  if (!user) throw new RumorDeskError('FORBIDDEN', `--as "${name}" is not an enabled user of this desk; ${doing} needs an approver's name.`);
  if (!roleAllows(user.role, 'approver')) throw new RumorDeskError('FORBIDDEN', `${name} is ${user.role === 'officer' ? 'an' : 'a'} ${user.role}; ${doing} needs the approver role.`);
  return user.username;
}

export function registerDrafts(program: Command, ctx: CliContext): void {
  dbOption(program.command('draft [clusterId]').description('Draft rebuttals for a cluster (or --text) on one or all platforms'))
    .option('--text <claim>', 'draft for a claim text instead of a cluster')
    .option('--platform <name>', `${DRAFT_PLATFORMS.join(', ')} or all`, 'all')
    .option('--json', 'print JSON')
    .action((clusterId: string | undefined, opts) =>
      // Only a draft from a text may start a desk; one for a cluster needs the cluster's database.
      withDesk(ctx, { ...opts, creates: clusterId === undefined }, (desk) => {
        const drafts = desk.drafts.generate({ clusterId, text: opts.text }, opts.platform, 'cli');
        if (opts.json) return ctx.io.out(json({ items: drafts }));
        for (const d of drafts) {
          // The length the platform counts (X: a link is 23, an emoji 2), against its limit.
          const { length, limit } = measureDraft(d.platform as DraftPlatform, d.text);
          ctx.io.out(`--- draft #${d.id} ${d.platform} (${d.kind}, ${length} of ${limit} characters)${d.privacyFindings.length ? `  PRIVACY WARNINGS: ${d.privacyFindings.length}` : ''}\n${d.text}\n\n`);
        }
      }),
    );

  const drafts = program.command('drafts').description('Review and approve drafts');

  dbOption(drafts.command('list').description('List drafts'))
    .option('--status <status>', 'draft, edited, approved, published or discarded')
    .option('--cluster <id>', 'only drafts for this cluster')
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const items = desk.drafts.list({ status: opts.status, clusterId: opts.cluster });
        if (opts.json) return ctx.io.out(json({ items }));
        ctx.io.out(table(['id', 'status', 'platform', 'kind', 'cluster', 'text'], items.map((d) => [d.id, d.status, d.platform, d.kind, d.clusterId, d.text.replace(/\s+/g, ' ')])));
      }),
    );

  dbOption(drafts.command('show <id>').description('Show a draft with its versions and history'))
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const d = desk.drafts.show(id);
        if (opts.json) return ctx.io.out(json(d));
        ctx.io.out(`Draft #${d.id} ${d.platform} ${d.kind} — ${d.status}, version ${d.currentVersion}\n\n${d.text}\n\n`);
        if (d.privacyFindings.length) ctx.io.out(`Open privacy warnings: ${d.privacyFindings.length}\n\n`);
        ctx.io.out(`Versions:\n${table(['version', 'editor', 'at', 'text'], d.versions.map((v) => [v.version, v.editedBy, v.createdAt, v.text.replace(/\s+/g, ' ')]))}\nHistory:\n`);
        for (const h of d.history) ctx.io.out(`${h.at}  ${h.actor}  ${h.action}\n`);
      }),
    );

  dbOption(drafts.command('edit <id>').description('Replace a draft\'s text (a new version)'))
    .requiredOption('--text <text>', 'the new text')
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const d = desk.drafts.edit(id, opts.text, 'cli');
        ctx.io.out(opts.json ? json(d) : `Draft #${d.id} is at version ${d.currentVersion}${d.privacyFindings.length ? ` with ${d.privacyFindings.length} privacy warning(s)` : ''}.\n`);
      }),
    );

  dbOption(drafts.command('approve <id>').description('Approve a draft'))
    .option('--override-privacy <reason>', 'approve despite open privacy warnings, recording why')
    .option('--as <name>', 'who approves, for the audit log: once users exist, an enabled user with the approver role', 'cli')
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const options = opts.overridePrivacy ? { overridePrivacy: true, reason: opts.overridePrivacy } : {};
        const d = desk.drafts.approve(id, options, approverName(desk, opts.as, 'approving'));
        ctx.io.out(opts.json ? json(d) : `Draft #${d.id} approved by ${d.approvedBy}.\n`);
      }),
    );

  dbOption(drafts.command('publish <id>').description('Record that an approved draft was posted (Rumor Desk never posts itself)'))
    .option('--url <url>', 'where it was posted')
    .option('--as <name>', 'who posted it, for the audit log: once users exist, an enabled user with the approver role', 'cli')
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const actor = approverName(desk, opts.as, 'publishing');
        const d = desk.drafts.publish(id, opts.url ? { url: opts.url } : {}, actor);
        ctx.io.out(opts.json ? json(d) : `Draft #${d.id} marked published by ${actor}.\n`);
      }),
    );

  dbOption(drafts.command('discard <id>').description('Discard a draft'))
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const d = desk.drafts.discard(id, 'cli');
        ctx.io.out(opts.json ? json(d) : `Draft #${d.id} discarded.\n`);
      }),
    );
}
