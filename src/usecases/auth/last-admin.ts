import { RumorDeskError } from '../../core/errors';
import type { Role, UserRecord } from '../../core/users/user-record';

/**
 * Refuses a change that would leave the desk with no enabled admin: nobody could then change
 * settings or read every page, and until QA session 13 (defect 1) disabling the last user even
 * switched login off. A desk that has no enabled admin to begin with is left as it is.
 *
 * @example assertAnAdminRemains(users.list(), alice, { disabled: true }) // throws if alice is the last admin
 */
export function assertAnAdminRemains(users: UserRecord[], target: UserRecord, change: { role?: Role; disabled?: boolean }): void {
  const isEnabledAdmin = (u: { role: Role; disabled: boolean }) => u.role === 'admin' && !u.disabled;
  if (!isEnabledAdmin(target)) return;
  if (isEnabledAdmin({ role: change.role ?? target.role, disabled: change.disabled ?? target.disabled })) return;
  if (users.some((u) => u.id !== target.id && isEnabledAdmin(u))) return;
  const role = change.role ?? target.role;
  const action = change.disabled ? `disabling ${target.username}` : `making ${target.username} ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;
  throw new RumorDeskError(
    'CONFLICT',
    `${target.username} is the last enabled admin: ${action} would leave the desk without an admin. Add or enable another admin first.`,
  );
}
