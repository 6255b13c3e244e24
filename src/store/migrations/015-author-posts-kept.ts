import type { Migration } from './migration';

/**
 * An author's history counts only the posts retention has kept (`purged_at IS NULL`), and
 * `posts_author` held the handle alone: each of an author's last twenty posts was looked up in
 * the table to read `purged_at`, a scattered page apiece once the desk outgrew SQLite's page
 * cache. A million-row batch's read calls per row at its end doubled (9.7 to 17.9) when that
 * condition came in (issue 17). With `purged_at` in the index the history is read from the
 * index alone, newest first.
 */
export const authorPostsKept: Migration = {
  version: 15,
  name: 'author-posts-kept',
  sql: `DROP INDEX IF EXISTS posts_author;
CREATE INDEX posts_author ON posts(author_handle, purged_at);`,
};
