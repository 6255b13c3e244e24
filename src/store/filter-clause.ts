/** One optional condition of a list query: it applies only when its value is set. */
export interface FilterCondition {
  /** The filter field; the condition is left out when it is undefined, null or ''. */
  value: unknown;
  /** The SQL condition, naming its parameter as `@param`. */
  sql: string;
  param: string;
  /** What is bound to `@param` when it is not the value itself (a LIKE pattern, say). */
  bound?: unknown;
}

/**
 * The WHERE clause and named parameters of a list query: the fixed conditions, then every
 * optional one whose value is set, joined with AND; '' when there is none.
 *
 * @example filterClause([], [{ value: 'ana', sql: 'actor = @actor', param: 'actor' }]) // { where: 'WHERE actor = @actor', params: { actor: 'ana' } }
 */
export function filterClause(fixed: readonly string[], optional: readonly FilterCondition[]): { where: string; params: Record<string, unknown> } {
  const conditions = [...fixed];
  const params: Record<string, unknown> = {};
  for (const c of optional) {
    if (c.value === undefined || c.value === null || c.value === '') continue;
    conditions.push(c.sql);
    params[c.param] = c.bound === undefined ? c.value : c.bound;
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
