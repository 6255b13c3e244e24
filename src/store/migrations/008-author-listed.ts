import type { Migration } from './migration';

/**
 * How many public lists the author is on (X's `listed_count`): the veracity model was fitted with
 * it (how many people file the account as a source), and until now no post kept it (issue 18).
 */
export const authorListed: Migration = {
  version: 8,
  name: 'author-listed',
  sql: `ALTER TABLE posts ADD COLUMN author_listed INTEGER;`,
};
