import type { Migration } from './migration';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  sql: `
CREATE TABLE statements (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  incident TEXT,
  topic TEXT,
  url TEXT,
  published_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'superseded', 'retracted')),
  superseded_by INTEGER REFERENCES statements(id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX statements_status ON statements(status);

-- Every edit keeps the previous wording: what the department said, and when, is evidence.
CREATE TABLE statement_versions (
  statement_id INTEGER NOT NULL REFERENCES statements(id),
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  incident TEXT,
  topic TEXT,
  url TEXT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (statement_id, version)
);

CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  external_id TEXT,
  content_hash TEXT NOT NULL,
  -- platform + external id, or platform + content hash when the source gave no id
  dedup_key TEXT NOT NULL UNIQUE,
  author_handle TEXT,
  author_display_name TEXT,
  author_verified INTEGER,
  author_followers INTEGER,
  author_following INTEGER,
  author_created_at TEXT,
  text TEXT,
  url TEXT,
  posted_at TEXT,
  reposts INTEGER,
  likes INTEGER,
  replies INTEGER,
  views INTEGER,
  reply_to TEXT,
  quote_of TEXT,
  repost_of TEXT,
  ingested_at TEXT NOT NULL,
  purged_at TEXT
);
CREATE UNIQUE INDEX posts_platform_external ON posts(platform, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX posts_posted_at ON posts(posted_at);
CREATE INDEX posts_author ON posts(author_handle);
CREATE INDEX posts_reply_to ON posts(platform, reply_to) WHERE reply_to IS NOT NULL;

CREATE TABLE clusters (
  id INTEGER PRIMARY KEY,
  representative_post_id INTEGER REFERENCES posts(id),
  representative_text TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  post_count INTEGER NOT NULL DEFAULT 0,
  unique_authors INTEGER NOT NULL DEFAULT 0,
  total_engagement INTEGER NOT NULL DEFAULT 0,
  platforms TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'closed')),
  merged_into INTEGER REFERENCES clusters(id),
  statement_id INTEGER REFERENCES statements(id),
  stance TEXT CHECK (stance IN ('supports', 'contradicts', 'not_addressed')),
  match_score REAL,
  match_decision TEXT CHECK (match_decision IN ('confirmed', 'suggested', 'none')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX clusters_last_seen ON clusters(last_seen);

CREATE TABLE post_clusters (
  post_id INTEGER PRIMARY KEY REFERENCES posts(id),
  cluster_id INTEGER NOT NULL REFERENCES clusters(id),
  reason TEXT NOT NULL,
  similarity REAL,
  -- set by an officer's move or split: automatic assignment never changes a pinned row
  pinned INTEGER NOT NULL DEFAULT 0,
  assigned_at TEXT NOT NULL
);
CREATE INDEX post_clusters_cluster ON post_clusters(cluster_id);

-- Posts per hour per cluster, kept incrementally so velocity never needs a scan of posts.
CREATE TABLE cluster_hourly (
  cluster_id INTEGER NOT NULL REFERENCES clusters(id),
  hour TEXT NOT NULL,
  posts INTEGER NOT NULL,
  engagement INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (cluster_id, hour)
);

CREATE TABLE matches (
  id INTEGER PRIMARY KEY,
  subject_type TEXT NOT NULL CHECK (subject_type IN ('post', 'cluster')),
  subject_id INTEGER NOT NULL,
  statement_id INTEGER NOT NULL REFERENCES statements(id),
  rank INTEGER NOT NULL,
  score REAL NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'suggested', 'none')),
  stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts', 'not_addressed')),
  stance_reasons TEXT NOT NULL DEFAULT '[]',
  features TEXT NOT NULL DEFAULT '{}',
  thresholds TEXT NOT NULL DEFAULT '{}',
  model_version TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX matches_subject ON matches(subject_type, subject_id);

CREATE TABLE scores (
  id INTEGER PRIMARY KEY,
  subject_type TEXT NOT NULL CHECK (subject_type IN ('post', 'cluster')),
  subject_id INTEGER NOT NULL,
  score INTEGER NOT NULL,
  label TEXT NOT NULL,
  confidence REAL NOT NULL,
  factors TEXT NOT NULL,
  model_version TEXT NOT NULL,
  priority REAL,
  action TEXT,
  action_reason TEXT,
  harm_category TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (subject_type, subject_id)
);
CREATE INDEX scores_priority ON scores(subject_type, priority);

CREATE TABLE drafts (
  id INTEGER PRIMARY KEY,
  cluster_id INTEGER REFERENCES clusters(id),
  claim_text TEXT NOT NULL,
  statement_id INTEGER REFERENCES statements(id),
  kind TEXT NOT NULL CHECK (kind IN ('correction', 'clarification', 'holding', 'confirmation')),
  platform TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'edited', 'approved', 'published', 'discarded')),
  current_version INTEGER NOT NULL DEFAULT 1,
  privacy_findings TEXT NOT NULL DEFAULT '[]',
  privacy_override_by TEXT,
  privacy_override_reason TEXT,
  approved_by TEXT,
  approved_at TEXT,
  published_url TEXT,
  published_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX drafts_cluster ON drafts(cluster_id);

CREATE TABLE draft_versions (
  draft_id INTEGER NOT NULL REFERENCES drafts(id),
  version INTEGER NOT NULL,
  text TEXT NOT NULL,
  edited_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (draft_id, version)
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT,
  before TEXT,
  after TEXT,
  note TEXT
);
CREATE INDEX audit_target ON audit_log(target_type, target_id);
CREATE INDEX audit_at ON audit_log(at);
-- Append-only, enforced by the database itself rather than by convention.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};
