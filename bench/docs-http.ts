/**
 * Rewrites the README's HTTP table from the route declarations in src/service/routes, so the
 * table is never edited by hand (tests/integration/docs.test.ts fails when it is stale).
 * Run: npm run docs:http
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ROUTES } from '../src/service/routes';
import { httpTable, withHttpTable } from '../src/service/routes/http-table';

const path = join(__dirname, '..', 'README.md');
const before = readFileSync(path, 'utf8');
const after = withHttpTable(before, httpTable(ROUTES));
if (after === null) {
  console.error('README.md has no http-routes marks around its HTTP table.');
  process.exit(1);
}
if (after === before) console.log('README.md: HTTP table already up to date.');
else {
  writeFileSync(path, after);
  console.log(`README.md: HTTP table rewritten (${ROUTES.length} routes).`);
}
