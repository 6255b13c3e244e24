import type { Migration } from './migration';

/** Old decision word → new one, as SQL; any other value (none, NULL) is kept. */
const renamed = (column: string) =>
  `CASE ${column} WHEN 'confirmed' THEN 'strong' WHEN 'suggested' THEN 'possible' ELSE ${column} END`;

const CLUSTER_COLUMNS = [
  'id', 'representative_post_id', 'representative_text', 'first_seen', 'last_seen', 'post_count', 'unique_authors',
  'total_engagement', 'platforms', 'status', 'merged_into', 'statement_id', 'stance', 'match_score', 'match_decision',
  'created_at', 'updated_at', 'new_account_posts', 'copy_posts', 'replies_support', 'replies_deny', 'replies_query',
  'replies_comment', 'corrections', 'peak_hour_posts',
];

const MATCH_COLUMNS = [
  'id', 'subject_type', 'subject_id', 'statement_id', 'rank', 'score', 'decision', 'stance', 'stance_reasons', 'features',
  'thresholds', 'model_version', 'created_at',
];

const select = (columns: string[], renames: Record<string, string>) => columns.map((c) => renames[c] ?? c).join(', ');

/**
 * Issue 16: a match is shown as its strength (`strong` / `possible`, were `confirmed` /
 * `suggested`, words an officer read as a verdict on the claim), and stance gains `unclear`,
 * the classifier's honest abstention. SQLite cannot alter a CHECK constraint, so `clusters` and
 * `matches` are rebuilt the way https://www.sqlite.org/lang_altertable.html#otheralter says:
 * create the new table, copy, drop the old, rename, recreate the indexes. The tables that
 * reference `clusters` (post_clusters, cluster_hourly, cluster_authors, drafts, clusters itself)
 * keep pointing at it by name; `foreignKeysOff` runs this with enforcement off and checks every
 * key before the commit (see migrate.ts). The renamed department settings move with it.
 */
export const matchStrengthAndUnclear: Migration = {
  version: 5,
  name: 'match-strength-and-unclear',
  foreignKeysOff: true,
  sql: `
CREATE TABLE clusters_new (
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
  stance TEXT CHECK (stance IN ('supports', 'contradicts', 'not_addressed', 'unclear')),
  match_score REAL,
  match_decision TEXT CHECK (match_decision IN ('strong', 'possible', 'none')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  new_account_posts INTEGER NOT NULL DEFAULT 0,
  copy_posts INTEGER NOT NULL DEFAULT 0,
  replies_support INTEGER NOT NULL DEFAULT 0,
  replies_deny INTEGER NOT NULL DEFAULT 0,
  replies_query INTEGER NOT NULL DEFAULT 0,
  replies_comment INTEGER NOT NULL DEFAULT 0,
  corrections INTEGER NOT NULL DEFAULT 0,
  peak_hour_posts INTEGER NOT NULL DEFAULT 0
);
INSERT INTO clusters_new (${CLUSTER_COLUMNS.join(', ')})
  SELECT ${select(CLUSTER_COLUMNS, { match_decision: renamed('match_decision') })} FROM clusters;
DROP TABLE clusters;
ALTER TABLE clusters_new RENAME TO clusters;
CREATE INDEX clusters_last_seen ON clusters(last_seen);

CREATE TABLE matches_new (
  id INTEGER PRIMARY KEY,
  subject_type TEXT NOT NULL CHECK (subject_type IN ('post', 'cluster')),
  subject_id INTEGER NOT NULL,
  statement_id INTEGER NOT NULL REFERENCES statements(id),
  rank INTEGER NOT NULL,
  score REAL NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('strong', 'possible', 'none')),
  stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts', 'not_addressed', 'unclear')),
  stance_reasons TEXT NOT NULL DEFAULT '[]',
  features TEXT NOT NULL DEFAULT '{}',
  -- the thresholds the decision was made with: {"possible": x, "strong": y}
  thresholds TEXT NOT NULL DEFAULT '{}',
  model_version TEXT,
  created_at TEXT NOT NULL
);
INSERT INTO matches_new (${MATCH_COLUMNS.join(', ')})
  SELECT ${select(MATCH_COLUMNS, {
    decision: renamed('decision'),
    thresholds: `CASE WHEN json_valid(thresholds) AND json_type(thresholds, '$.confirmed') IS NOT NULL
      THEN json_object('possible', json_extract(thresholds, '$.suggested'), 'strong', json_extract(thresholds, '$.confirmed'))
      ELSE thresholds END`,
  })} FROM matches;
DROP TABLE matches;
ALTER TABLE matches_new RENAME TO matches;
CREATE INDEX matches_subject ON matches(subject_type, subject_id);

UPDATE settings SET name = 'matching.strongThreshold' WHERE name = 'matching.confirmedThreshold';
UPDATE settings SET name = 'matching.possibleThreshold' WHERE name = 'matching.suggestedThreshold';
`,
};
