import { filterClause } from '../../../src/store/filter-clause';

describe('filterClause', () => {
  it('keeps the fixed conditions and only the optional ones whose value is set', () => {
    const { where, params } = filterClause(
      ["status = 'open'"],
      [
        { value: 'ana', sql: 'actor = @actor', param: 'actor' },
        { value: undefined, sql: 'at >= @since', param: 'since' },
        { value: '', sql: 'incident = @incident', param: 'incident' },
        { value: null, sql: 'harm = @harm', param: 'harm' },
      ],
    );
    expect(where).toBe("WHERE status = 'open' AND actor = @actor");
    expect(params).toEqual({ actor: 'ana' });
  });

  it('binds what a condition says instead of the raw value, and gives no clause when nothing applies', () => {
    expect(filterClause([], [{ value: 'dam', sql: 'title LIKE @q', param: 'q', bound: '%dam%' }]).params).toEqual({ q: '%dam%' });
    expect(filterClause([], [{ value: undefined, sql: 'a = @a', param: 'a' }])).toEqual({ where: '', params: {} });
  });
});
