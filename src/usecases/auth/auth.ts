import { z } from 'zod';
import { RumorDeskError } from '../../core/errors';
import type { Clock } from '../../core/types';
import { ROLES, type Role, type UserRecord } from '../../core/users/user-record';
import type { AuditStore, Secrets, Transaction, UserStore } from '../ports';
import { parseId, parseInput } from '../validation';
import { assertAnAdminRemains } from './last-admin';

/** Each role may do what the roles before it may do. */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

const usernameSchema = z.string().trim().min(2).max(64).regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, dot, dash or underscore');
const passwordSchema = z.string().min(12, 'at least 12 characters').max(1000);
const roleSchema = z.enum(ROLES);

const SESSION_HOURS = 12;
const LOGIN_WINDOW_MINUTES = 15;
const MAX_FAILED_LOGINS = 5;

/** Users, roles, sessions and API tokens. Every change is audited; secrets are stored hashed. */
export function createAuthUseCases(deps: { users: UserStore; secrets: Secrets; audit: AuditStore; transaction: Transaction; clock: Clock }) {
  const now = () => deps.clock().toISOString();

  function mustFindByName(raw: unknown): UserRecord {
    const username = parseInput(usernameSchema, raw, 'username');
    const user = deps.users.findByName(username);
    if (!user) throw new RumorDeskError('NOT_FOUND', `No user named ${username}.`);
    return user;
  }

  return {
    /**
     * True once any user exists, disabled or not: from then on every request must log in.
     * Local (no-login) mode is for a desk that never had users, not one whose users are all disabled.
     */
    hasUsers: () => deps.users.count() > 0,
    /** Users who can log in; `serve` refuses a public address while there are none. */
    enabledUsers: () => deps.users.list().filter((u) => !u.disabled).length,
    list: () => deps.users.list(),

    add(rawName: unknown, rawRole: unknown, rawPassword: unknown, actor: string): UserRecord {
      const username = parseInput(usernameSchema, rawName, 'username');
      const role = parseInput(roleSchema, rawRole, 'role');
      const password = parseInput(passwordSchema, rawPassword, 'password');
      const at = now();
      return deps.transaction(() => {
        if (deps.users.findByName(username)) throw new RumorDeskError('CONFLICT', `A user named ${username} exists already.`);
        const user = deps.users.create(username, role, deps.secrets.hashPassword(password), at);
        deps.audit.append({ actor, action: 'user.add', targetType: 'user', targetId: user.id, after: { username, role } }, at);
        return user;
      });
    },

    setRole(rawName: unknown, rawRole: unknown, actor: string): UserRecord {
      const role = parseInput(roleSchema, rawRole, 'role');
      const at = now();
      return deps.transaction(() => {
        const before = mustFindByName(rawName);
        assertAnAdminRemains(deps.users.list(), before, { role });
        const after = deps.users.update(before.id, { role }, at);
        deps.audit.append({ actor, action: 'user.set_role', targetType: 'user', targetId: before.id, before: { role: before.role }, after: { role } }, at);
        return after;
      });
    },

    disable(rawName: unknown, actor: string): UserRecord {
      const at = now();
      return deps.transaction(() => {
        const before = mustFindByName(rawName);
        assertAnAdminRemains(deps.users.list(), before, { disabled: true });
        const after = deps.users.update(before.id, { disabled: true }, at);
        deps.audit.append({ actor, action: 'user.disable', targetType: 'user', targetId: before.id, before: { disabled: before.disabled }, after: { disabled: true } }, at);
        return after;
      });
    },

    /** Lets a disabled user log in again. Tokens revoked by the disable stay revoked: create new ones. */
    enable(rawName: unknown, actor: string): UserRecord {
      const at = now();
      return deps.transaction(() => {
        const before = mustFindByName(rawName);
        // Read again through findById, which never carries the password hash.
        if (!before.disabled) return deps.users.findById(before.id) as UserRecord;
        const after = deps.users.update(before.id, { disabled: false }, at);
        deps.audit.append({ actor, action: 'user.enable', targetType: 'user', targetId: before.id, before: { disabled: true }, after: { disabled: false } }, at);
        return after;
      });
    },

    /** Returns a session token for the cookie and the session's CSRF token; limits guessing. */
    login(rawName: unknown, rawPassword: unknown): { token: string; csrfToken: string; user: UserRecord; expiresAt: string } {
      const username = typeof rawName === 'string' ? rawName.trim().slice(0, 64) : '';
      const password = typeof rawPassword === 'string' ? rawPassword : '';
      const clock = deps.clock();
      const at = clock.toISOString();
      const windowStart = new Date(clock.getTime() - LOGIN_WINDOW_MINUTES * 60_000).toISOString();
      if (deps.users.failedLoginsSince(username, windowStart) >= MAX_FAILED_LOGINS) {
        throw new RumorDeskError('RATE_LIMITED', `Too many failed logins; try again in ${LOGIN_WINDOW_MINUTES} minutes.`);
      }
      const user = username ? deps.users.findByName(username) : null;
      if (!user || user.disabled || !deps.secrets.verifyPassword(password, user.passwordHash)) {
        deps.users.recordFailedLogin(username, at);
        throw new RumorDeskError('UNAUTHENTICATED', 'Wrong username or password.');
      }
      deps.users.clearFailedLogins(username);
      const token = deps.secrets.newToken();
      const csrfToken = deps.secrets.newToken();
      const expiresAt = new Date(clock.getTime() + SESSION_HOURS * 3_600_000).toISOString();
      deps.transaction(() => {
        deps.users.createSession(deps.secrets.hashToken(token), user.id, csrfToken, at, expiresAt);
        deps.audit.append({ actor: user.username, action: 'user.login', targetType: 'user', targetId: user.id }, at);
      });
      const { passwordHash: _omit, ...publicUser } = user;
      return { token, csrfToken, user: publicUser, expiresAt };
    },

    session(token: string): { user: UserRecord; csrfToken: string } | null {
      return deps.users.findSession(deps.secrets.hashToken(token), now());
    },

    logout(token: string): void {
      deps.users.deleteSession(deps.secrets.hashToken(token));
    },

    /** A new API token: shown once here, stored only as a hash. */
    createToken(rawName: unknown, rawTokenName: unknown, actor: string): { id: number; token: string } {
      const name = parseInput(z.string().trim().min(1).max(100), rawTokenName, 'token name');
      const token = `rd_${deps.secrets.newToken()}`;
      const at = now();
      const id = deps.transaction(() => {
        const user = mustFindByName(rawName);
        // A disabled user's token would be refused on every request; say so now, not at first use.
        if (user.disabled) {
          throw new RumorDeskError('INVALID_STATE', `${user.username} is disabled; enable the user first ("rumordesk users enable ${user.username}").`);
        }
        const created = deps.users.createToken(user.id, name, deps.secrets.hashToken(token), at);
        deps.audit.append({ actor, action: 'token.create', targetType: 'user', targetId: user.id, after: { tokenId: created, name } }, at);
        return created;
      });
      return { id, token };
    },

    listTokens: () => deps.users.listTokens(),

    revokeToken(rawId: unknown, actor: string): void {
      const id = parseId(rawId, 'token');
      const at = now();
      deps.transaction(() => {
        if (!deps.users.revokeToken(id, at)) throw new RumorDeskError('NOT_FOUND', `No active token with id ${id}.`);
        deps.audit.append({ actor, action: 'token.revoke', targetType: 'token', targetId: id }, at);
      });
    },

    userForToken(token: string): UserRecord | null {
      return deps.users.findToken(deps.secrets.hashToken(token), now());
    },
  };
}

export type AuthUseCases = ReturnType<typeof createAuthUseCases>;
