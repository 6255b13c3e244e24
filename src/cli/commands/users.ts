import type { Command } from 'commander';
import { RumorDeskError } from '../../core/errors';
import type { CliContext } from '../context';
import { json, table } from '../format';
import { dbOption, withDesk } from './shared';

/** The password comes from the environment or stdin, never from argv (visible in `ps`). */
async function readPassword(ctx: CliContext): Promise<string> {
  const fromEnv = ctx.env.RUMORDESK_PASSWORD;
  if (fromEnv) return fromEnv;
  if (ctx.io.isTty) throw new RumorDeskError('VALIDATION_FAILED', 'Set RUMORDESK_PASSWORD or pipe the password on stdin.');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export function registerUsers(program: Command, ctx: CliContext): void {
  const users = program.command('users').description('Users and roles (viewer, officer, approver, admin)');

  dbOption(users.command('add <username>').description('Add a user; the password is read from $RUMORDESK_PASSWORD or stdin'))
    .requiredOption('--role <role>', 'viewer, officer, approver or admin')
    .action((username: string, opts) =>
      withDesk(ctx, { ...opts, creates: true }, async (desk) => {
        const user = desk.auth.add(username, opts.role, await readPassword(ctx), 'cli');
        ctx.io.out(`Added ${user.username} as ${user.role}.\n`);
      }),
    );

  dbOption(users.command('list').description('List users'))
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const items = desk.auth.list();
        if (opts.json) return ctx.io.out(json({ items }));
        ctx.io.out(table(['id', 'username', 'role', 'disabled', 'created'], items.map((u) => [u.id, u.username, u.role, u.disabled ? 'yes' : 'no', u.createdAt])));
      }),
    );

  dbOption(users.command('disable <username>').description('Disable a user: sessions and tokens end at once'))
    .action((username: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        desk.auth.disable(username, 'cli');
        ctx.io.out(`Disabled ${username}.\n`);
      }),
    );

  dbOption(users.command('enable <username>').description('Enable a disabled user again (their old tokens stay revoked)'))
    .action((username: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        desk.auth.enable(username, 'cli');
        ctx.io.out(`Enabled ${username}.\n`);
      }),
    );

  dbOption(users.command('set-role <username> <role>').description('Change a user\'s role'))
    .action((username: string, role: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const user = desk.auth.setRole(username, role, 'cli');
        ctx.io.out(`${user.username} is now ${user.role}.\n`);
      }),
    );

  const tokens = program.command('tokens').description('API tokens for the HTTP API (shown once, stored hashed)');
  dbOption(tokens.command('create <username>').description('Create an API token for a user'))
    .requiredOption('--name <name>', 'what the token is for')
    .action((username: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const created = desk.auth.createToken(username, opts.name, 'cli');
        ctx.io.out(`Token #${created.id} (shown once, store it now):\n${created.token}\n`);
      }),
    );
  dbOption(tokens.command('list').description('List API tokens (never their values)'))
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const items = desk.auth.listTokens();
        if (opts.json) return ctx.io.out(json({ items }));
        ctx.io.out(table(['id', 'user', 'name', 'created', 'last used', 'revoked'], items.map((t) => [t.id, t.username, t.name, t.createdAt, t.lastUsedAt, t.revokedAt])));
      }),
    );
  dbOption(tokens.command('revoke <id>').description('Revoke an API token'))
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        desk.auth.revokeToken(id, 'cli');
        ctx.io.out(`Revoked token #${id}.\n`);
      }),
    );
}
