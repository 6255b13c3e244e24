import { AuditRepo } from '../../../src/store/audit-repo';
import { openDatabase } from '../../../src/store/database';
import { migrate } from '../../../src/store/migrate';

describe('the audit log list, on real SQLite', () => {
  const db = openDatabase(':memory:');
  migrate(db);
  const audit = new AuditRepo(db);
  audit.append({ actor: 'ana', action: 'statement.create', targetType: 'statement', targetId: 1 }, '2026-11-01T10:00:00.000Z');
  audit.append({ actor: 'ben', action: 'draft.approve', targetType: 'draft', targetId: 7 }, '2026-11-02T10:00:00.000Z');
  audit.append({ actor: 'ana', action: 'draft.create', targetType: 'draft', targetId: 7 }, '2026-11-03T10:00:00.000Z');
  afterAll(() => db.close());

  const actions = (filter: Parameters<AuditRepo['list']>[0]): string[] => audit.list(filter).map((r) => r.action);

  it('applies each filter that is given and none that is not, newest first', () => {
    expect(actions({ limit: 10 })).toEqual(['draft.create', 'draft.approve', 'statement.create']);
    expect(actions({ limit: 10, actor: 'ana' })).toEqual(['draft.create', 'statement.create']);
    expect(actions({ limit: 10, since: '2026-11-02T00:00:00.000Z' })).toEqual(['draft.create', 'draft.approve']);
    expect(actions({ limit: 10, targetType: 'draft', targetId: '7', actor: 'ben' })).toEqual(['draft.approve']);
    expect(actions({ limit: 1, actor: 'ana' })).toEqual(['draft.create']);
  });
});
