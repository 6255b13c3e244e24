import type { RouteDeclaration } from './route';

/** Marks around the README's generated table; `npm run docs:http` rewrites what is between. */
export const HTTP_TABLE_START = '<!-- http-routes: generated from src/service/routes by `npm run docs:http`; edit the declarations, not this table -->';
export const HTTP_TABLE_END = '<!-- /http-routes -->';

/**
 * The README's HTTP table: one row per declared route, with the least role it needs.
 *
 * @example httpTable(ROUTES) // '| method and path | role | what it does |\n| --- | --- | --- |\n| `GET /healthz` | anyone | …'
 */
export function httpTable(routes: readonly RouteDeclaration[]): string {
  const rows = routes.map((r) => {
    const query = r.query?.length ? '?' + r.query.map((q) => `${q}=`).join('&') : '';
    return `| \`${r.method} ${r.path}${query}\` | ${r.role} | ${r.summary.replace(/\|/g, '\\|')} |`;
  });
  return ['| method and path | role | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * The README with its HTTP table replaced by `table`, or null when the marks are missing.
 *
 * @example withHttpTable(readme, httpTable(ROUTES))
 */
export function withHttpTable(readme: string, table: string): string | null {
  const start = readme.indexOf(HTTP_TABLE_START);
  const end = readme.indexOf(HTTP_TABLE_END);
  if (start < 0 || end < start) return null;
  return readme.slice(0, start + HTTP_TABLE_START.length) + '\n' + table + '\n' + readme.slice(end);
}
