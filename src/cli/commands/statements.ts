import { readFileSync } from 'fs';
import { basename } from 'path';
import type { Command } from 'commander';
import { RumorDeskError } from '../../core/errors';
import type { Statement } from '../../core/types';
import { formatFromName } from '../../usecases/statements/parse-import';
import type { CliContext } from '../context';
import { json, table } from '../format';
import { withDesk, dbOption } from './shared';

function describe(s: Statement): string {
  const lines = [
    `#${s.id}  ${s.title}`,
    `slug: ${s.slug}   status: ${s.status}${s.supersededBy ? ` (by #${s.supersededBy})` : ''}   version: ${s.version}`,
    `published: ${s.publishedAt}   incident: ${s.incident ?? '-'}   topic: ${s.topic ?? '-'}`,
    `url: ${s.url ?? '-'}`,
    '',
    s.body,
  ];
  return lines.join('\n') + '\n';
}

export function registerStatements(program: Command, ctx: CliContext): void {
  const statements = program.command('statements').description('Manage the department\'s verified statements');

  dbOption(statements.command('list').description('List statements, newest first'))
    .option('--status <status>', 'active, superseded or retracted')
    .option('--q <text>', 'only statements whose title or body contains this text')
    .option('--limit <n>', 'how many', '100')
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, opts, (desk) => {
        const page = desk.statements.list({ status: opts.status, q: opts.q, limit: opts.limit });
        if (opts.json) return ctx.io.out(json(page));
        ctx.io.out(table(['id', 'status', 'published', 'incident', 'title'], page.items.map((s) => [s.id, s.status, s.publishedAt.slice(0, 10), s.incident, s.title])));
        ctx.io.out(`${page.items.length} of ${page.total} statement(s)\n`);
      }),
    );

  dbOption(statements.command('show <id>').description('Show one statement and why it was retracted (with --versions, every version of its text)'))
    .option('--versions', 'also list every version of the text, oldest first')
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const history = desk.statements.history(id);
        if (opts.json) return ctx.io.out(json(opts.versions ? history : history.statement));
        ctx.io.out(describe(history.statement));
        if (history.retraction) {
          const { at, by, reason } = history.retraction;
          ctx.io.out(`Retracted ${at} by ${by}${reason ? `: ${reason}` : ' (no reason given)'}\n`);
        }
        if (opts.versions) {
          for (const v of history.versions) ctx.io.out(`\n--- version ${v.version}, recorded ${v.recordedAt}\n${v.title}\n\n${v.body}\n`);
        }
      }),
    );

  dbOption(statements.command('add').description('Add a verified statement'))
    .requiredOption('--title <text>', 'headline')
    .requiredOption('--body <text>', 'full text; separate paragraphs with a blank line')
    .option('--published-at <iso>', 'publication time (ISO 8601)', undefined)
    .option('--incident <name>', 'incident key, e.g. flood-2026-11')
    .option('--topic <name>', 'topic, e.g. road closures')
    .option('--url <url>', 'public URL of the statement')
    .option('--slug <slug>', 'stable key (default: date + title)')
    .option('--json', 'print JSON')
    .action((opts) =>
      withDesk(ctx, { ...opts, creates: true }, (desk, handle) => {
        const s = desk.statements.add(
          {
            slug: opts.slug,
            title: opts.title,
            body: opts.body,
            incident: opts.incident,
            topic: opts.topic,
            url: opts.url,
            published_at: opts.publishedAt ?? handle.now().toISOString(),
          },
          'cli',
        );
        ctx.io.out(opts.json ? json(s) : `Added statement #${s.id} (${s.slug}).\n`);
      }),
    );

  dbOption(statements.command('edit <id>').description('Change an active statement (the old wording is kept as a version)'))
    .option('--title <text>', 'new headline')
    .option('--body <text>', 'new full text')
    .option('--url <url>', 'new URL')
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const patch = Object.fromEntries(Object.entries({ title: opts.title, body: opts.body, url: opts.url }).filter(([, v]) => v !== undefined));
        const s = desk.statements.edit(id, patch, 'cli');
        const said = s.changed ? `Statement #${s.id} is now at version ${s.version}.` : `Statement #${s.id} already says that; it stays at version ${s.version}.`;
        ctx.io.out(opts.json ? json(s) : `${said}\n`);
      }),
    );

  dbOption(statements.command('import <file>').description('Import statements from a .jsonl or .csv file (all or nothing; re-running changes nothing)'))
    .option('--format <format>', 'jsonl or csv (default: from the file name)')
    .option('--json', 'print JSON')
    .action((file: string, opts) =>
      withDesk(ctx, { ...opts, creates: true }, (desk) => {
        const format = opts.format ?? formatFromName(file);
        if (format !== 'jsonl' && format !== 'csv') {
          throw new RumorDeskError('UNKNOWN_FORMAT', `Cannot tell the format of ${basename(file)}; use --format jsonl or --format csv.`);
        }
        let content: string;
        try {
          content = readFileSync(file, 'utf8');
        } catch {
          throw new RumorDeskError('FILE_NOT_FOUND', `Cannot read ${file}.`);
        }
        const report = desk.statements.importFile(content, format, 'cli');
        ctx.io.out(opts.json ? json(report) : `Imported ${report.total} row(s): ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.\n`);
      }),
    );

  dbOption(statements.command('retract <id>').description('Retract a statement: it will never confirm a claim again'))
    .option('--reason <text>', 'why, for the audit log')
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const s = desk.statements.retract(id, 'cli', opts.reason ?? null);
        ctx.io.out(opts.json ? json(s) : `Statement #${s.id} is retracted.\n`);
      }),
    );

  dbOption(statements.command('supersede <id>').description('Mark a statement as replaced by a newer one'))
    .requiredOption('--by <id2>', 'the statement that replaces it')
    .option('--json', 'print JSON')
    .action((id: string, opts) =>
      withDesk(ctx, opts, (desk) => {
        const s = desk.statements.supersede(id, opts.by, 'cli');
        ctx.io.out(opts.json ? json(s) : `Statement #${s.id} is superseded by #${s.supersededBy}.\n`);
      }),
    );
}
