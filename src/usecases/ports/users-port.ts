/** Users, their sessions and API tokens as the auth use cases need them; src/store/users-repo.ts implements it. */
import type { Role, UserRecord } from '../../core/users/user-record';

export interface UserStore {
  create(username: string, role: Role, passwordHash: string, now: string): UserRecord;
  findById(id: number): UserRecord | null;
  findByName(username: string): (UserRecord & { passwordHash: string }) | null;
  list(): UserRecord[];
  count(): number;
  update(id: number, patch: { role?: Role; disabled?: boolean; passwordHash?: string }, now: string): UserRecord;
  createSession(tokenHash: string, userId: number, csrfToken: string, now: string, expiresAt: string): void;
  findSession(tokenHash: string, now: string): { user: UserRecord; csrfToken: string } | null;
  deleteSession(tokenHash: string): void;
  createToken(userId: number, name: string, tokenHash: string, now: string): number;
  findToken(tokenHash: string, now: string): UserRecord | null;
  listTokens(): { id: number; username: string; name: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }[];
  revokeToken(id: number, now: string): boolean;
  recordFailedLogin(username: string, at: string): void;
  failedLoginsSince(username: string, since: string): number;
  clearFailedLogins(username: string): void;
}
