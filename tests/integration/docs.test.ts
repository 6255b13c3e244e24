import { readFileSync } from 'fs';
import { join } from 'path';
import type { Command } from 'commander';
import { ERROR_CATALOGUE } from '../../src/core/errors';
import { SETTINGS } from '../../src/config';
import { DEPARTMENT_SETTINGS } from '../../src/usecases/settings/department-settings';
import { createProgram } from '../../src/cli/program';
import type { CliContext } from '../../src/cli/context';
import { ROUTES } from '../../src/service/routes';
import { httpTable, HTTP_TABLE_END, HTTP_TABLE_START } from '../../src/service/routes/http-table';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

function commandPaths(command: Command, prefix: string[] = []): string[] {
  return command.commands.flatMap((sub) => {
    const path = [...prefix, sub.name()];
    return sub.commands.length ? commandPaths(sub, path) : [path.join(' ')];
  });
}

describe('README stays in step with the code', () => {
  it.each(Object.entries(ERROR_CATALOGUE))('documents error code %s with its HTTP status', (code, entry) => {
    expect(readme).toMatch(new RegExp('\\| `' + code + '` \\| ' + entry.httpStatus + ' \\|'));
  });

  it.each(SETTINGS.map((s) => [s.name, s.env] as const))('documents setting %s (%s)', (name, env) => {
    expect(readme).toContain('| `' + name + '` | `' + env + '` |');
  });

  it('documents every command', () => {
    const ctx = { io: { out: () => undefined, err: () => undefined, isTty: false }, env: {} } as unknown as CliContext;
    const paths = commandPaths(createProgram(ctx));
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) expect(readme).toContain('`rumordesk ' + path);
  });

  it('documents every HTTP route with its role, as declared (npm run docs:http rewrites the table)', () => {
    const start = readme.indexOf(HTTP_TABLE_START);
    const end = readme.indexOf(HTTP_TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start + HTTP_TABLE_START.length, end).trim()).toBe(httpTable(ROUTES));
  });
});

describe('department settings are documented', () => {
  it.each(Object.entries(DEPARTMENT_SETTINGS))('%s', (name, setting) => {
    expect(readme).toContain('| `' + name + '` | ' + setting.default + ' |');
  });
});
