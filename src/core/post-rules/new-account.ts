/** An account younger than this when it posted counts as new (a coordination signal). */
export const NEW_ACCOUNT_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * Whether the author's account was less than NEW_ACCOUNT_DAYS old when the post went out; false
 * when either time is missing or unreadable. The SQL form is in src/store/sql-rules.ts.
 *
 * @example isNewAccount('2026-11-01T00:00:00.000Z', '2026-11-20T00:00:00.000Z') // true
 */
export function isNewAccount(accountCreatedAt: string | null | undefined, postedAt: string | null | undefined): boolean {
  const created = accountCreatedAt ? Date.parse(accountCreatedAt) : NaN;
  const posted = postedAt ? Date.parse(postedAt) : NaN;
  return Number.isFinite(created) && Number.isFinite(posted) && posted - created < NEW_ACCOUNT_DAYS * DAY_MS;
}
