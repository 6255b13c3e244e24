import { httpTable, HTTP_TABLE_END, HTTP_TABLE_START, withHttpTable } from '../../../src/service/routes/http-table';
import { declareRoute } from '../../../src/service/routes/route';

const noop = () => undefined;

describe('httpTable', () => {
  it('writes one row per route with its query, role and summary; a pipe in a summary is escaped', () => {
    const table = httpTable([
      declareRoute({ method: 'GET', path: '/api/things', role: 'viewer', query: ['q', 'limit'], summary: 'list things', handle: noop }),
      declareRoute({ method: 'PUT', path: '/api/things/:id', role: 'admin', summary: 'set `a|b`', handle: noop }),
    ]);
    expect(table.split('\n')).toEqual([
      '| method and path | role | what it does |',
      '| --- | --- | --- |',
      '| `GET /api/things?q=&limit=` | viewer | list things |',
      '| `PUT /api/things/:id` | admin | set `a\\|b` |',
    ]);
  });
});

describe('withHttpTable', () => {
  it('replaces what stands between the marks and nothing else', () => {
    const readme = `# API\n\n${HTTP_TABLE_START}\n| old |\n${HTTP_TABLE_END}\n\nafter\n`;
    expect(withHttpTable(readme, '| new |')).toBe(`# API\n\n${HTTP_TABLE_START}\n| new |\n${HTTP_TABLE_END}\n\nafter\n`);
  });

  it('says so when the marks are missing', () => {
    expect(withHttpTable('# API\n| old |\n', '| new |')).toBeNull();
  });
});
