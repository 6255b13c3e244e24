import type { Migration } from './migration';

export const usersAndRetention: Migration = {
  version: 3,
  name: 'users-and-retention',
  sql: `
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'officer', 'approver', 'admin')),
  -- scrypt$N$r$p$salt$hash: the parameters travel with the hash so they can be raised later
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sessions (
  -- sha-256 of the cookie value: a stolen database does not yield live sessions
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);

CREATE TABLE login_attempts (
  username TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX login_attempts_user ON login_attempts(username, at);
`,
};
