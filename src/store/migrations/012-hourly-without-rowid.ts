import type { Migration } from './migration';

/**
 * `cluster_hourly` as one B-tree keyed by (cluster_id, hour) instead of a rowid table beside an
 * index on that key: every post a cluster gains updates its hour, and the row and its key then
 * sat on two pages, each a page of its own to read and write once a desk outgrows SQLite's page
 * cache (issue 17). Rows this small are what WITHOUT ROWID is for
 * (https://www.sqlite.org/withoutrowid.html). Rebuilt the way
 * https://www.sqlite.org/lang_altertable.html#otheralter says; no table references this one.
 */
export const hourlyWithoutRowid: Migration = {
  version: 12,
  name: 'hourly-without-rowid',
  sql: `
CREATE TABLE cluster_hourly_new (
  cluster_id INTEGER NOT NULL REFERENCES clusters(id),
  hour TEXT NOT NULL,
  posts INTEGER NOT NULL,
  engagement INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (cluster_id, hour)
) WITHOUT ROWID;
INSERT INTO cluster_hourly_new (cluster_id, hour, posts, engagement) SELECT cluster_id, hour, posts, engagement FROM cluster_hourly;
DROP TABLE cluster_hourly;
ALTER TABLE cluster_hourly_new RENAME TO cluster_hourly;
`,
};
