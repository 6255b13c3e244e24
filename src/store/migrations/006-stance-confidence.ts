import type { Migration } from './migration';

/**
 * A match keeps how sure its stance is and the statement sentence it was read from, so a stored
 * verdict shows the same evidence as a fresh check. Rows matched before have neither (NULL).
 */
export const stanceConfidence: Migration = {
  version: 6,
  name: 'stance-confidence',
  sql: `ALTER TABLE matches ADD COLUMN stance_confidence REAL;
ALTER TABLE matches ADD COLUMN stance_sentence TEXT;`,
};
