import type { Role, UserRecord } from '../core/users/user-record';
import type { Db } from './database';

interface UserRow {
  id: number;
  username: string;
  role: Role;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

const toUser = (r: UserRow): UserRecord => ({ id: r.id, username: r.username, role: r.role, disabled: r.disabled === 1, createdAt: r.created_at, updatedAt: r.updated_at });

/** Users, their sessions and API tokens. Only hashes of secrets are stored. */
export class UsersRepo {
  constructor(private readonly db: Db) {}

  create(username: string, role: Role, passwordHash: string, now: string): UserRecord {
    this.counted = null;
    const info = this.db
      .prepare('INSERT INTO users (username, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(username, role, passwordHash, now, now);
    return this.findById(Number(info.lastInsertRowid)) as UserRecord;
  }

  findById(id: number): UserRecord | null {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  findByName(username: string): (UserRecord & { passwordHash: string }) | null {
    const row = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  list(): UserRecord[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[]).map(toUser);
  }

  // Read on every request (local mode or not); a user added by the CLI shows within a second.
  private counted: { n: number; at: number } | null = null;

  /**
   * Every user, disabled ones too: the service leaves local (no-login) mode for good once the
   * first user exists. Counting only enabled users turned login off again when the last one
   * was disabled (QA session 13, defect 1).
   */
  count(): number {
    if (!this.counted || Date.now() - this.counted.at > 1000) {
      this.counted = { n: (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n, at: Date.now() };
    }
    return this.counted.n;
  }

  update(id: number, patch: { role?: Role; disabled?: boolean; passwordHash?: string }, now: string): UserRecord {
    const current = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow;
    this.db
      .prepare('UPDATE users SET role = ?, disabled = ?, password_hash = ?, updated_at = ? WHERE id = ?')
      .run(patch.role ?? current.role, patch.disabled === undefined ? current.disabled : patch.disabled ? 1 : 0, patch.passwordHash ?? current.password_hash, now, id);
    if (patch.disabled) {
      // A disabled user loses every session and token at once.
      this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
      this.db.prepare('UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE user_id = ?').run(now, id);
    }
    return this.findById(id) as UserRecord;
  }

  createSession(tokenHash: string, userId: number, csrfToken: string, now: string, expiresAt: string): void {
    this.db.prepare('INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(tokenHash, userId, csrfToken, now, expiresAt);
  }

  findSession(tokenHash: string, now: string): { user: UserRecord; csrfToken: string } | null {
    const row = this.db
      .prepare(
        `SELECT u.*, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`,
      )
      .get(tokenHash, now) as (UserRow & { csrf_token: string }) | undefined;
    return row ? { user: toUser(row), csrfToken: row.csrf_token } : null;
  }

  deleteSession(tokenHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  createToken(userId: number, name: string, tokenHash: string, now: string): number {
    return Number(this.db.prepare('INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)').run(userId, name, tokenHash, now).lastInsertRowid);
  }

  findToken(tokenHash: string, now: string): UserRecord | null {
    const row = this.db
      .prepare(
        `SELECT u.*, t.id AS token_id FROM api_tokens t JOIN users u ON u.id = t.user_id
         WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled = 0`,
      )
      .get(tokenHash) as (UserRow & { token_id: number }) | undefined;
    if (!row) return null;
    this.db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(now, row.token_id);
    return toUser(row);
  }

  listTokens(): { id: number; username: string; name: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }[] {
    return this.db
      .prepare(
        `SELECT t.id, u.username, t.name, t.created_at AS createdAt, t.last_used_at AS lastUsedAt, t.revoked_at AS revokedAt
         FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id`,
      )
      .all() as { id: number; username: string; name: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }[];
  }

  revokeToken(id: number, now: string): boolean {
    return this.db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, id).changes === 1;
  }

  recordFailedLogin(username: string, at: string): void {
    this.db.prepare('INSERT INTO login_attempts (username, at) VALUES (?, ?)').run(username.toLowerCase(), at);
  }

  failedLoginsSince(username: string, since: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM login_attempts WHERE username = ? AND at >= ?').get(username.toLowerCase(), since) as { n: number }).n;
  }

  clearFailedLogins(username: string): void {
    this.db.prepare('DELETE FROM login_attempts WHERE username = ?').run(username.toLowerCase());
  }
}
