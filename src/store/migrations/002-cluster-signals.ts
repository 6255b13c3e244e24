import type { Migration } from './migration';

/**
 * Counters that credibility and triage read on every new post. Kept on the cluster row and
 * updated incrementally, so scoring a cluster of 50,000 posts costs the same as one of 5.
 */
export const clusterSignals: Migration = {
  version: 2,
  name: 'cluster-signals',
  sql: `
ALTER TABLE clusters ADD COLUMN new_account_posts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN copy_posts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN replies_support INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN replies_deny INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN replies_query INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN replies_comment INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN corrections INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN peak_hour_posts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scores ADD COLUMN reply_stance TEXT;
CREATE TABLE cluster_authors (
  cluster_id INTEGER NOT NULL REFERENCES clusters(id),
  author TEXT NOT NULL,
  PRIMARY KEY (cluster_id, author)
) WITHOUT ROWID;
`,
};
