import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Config } from '../config';
import type { Clock } from '../core/types';
import { copyDatabase } from '../store/database-copy';
import { openDesk, type OpenDesk } from './open-desk';

/**
 * A desk on a throwaway copy of `config.db` in the system's temp directory, deleted on close:
 * what `score --no-store` runs on. Scoring writes as it always does, so it sees its own earlier
 * rows, and none of it can reach the real database.
 *
 * A copy rather than one long transaction rolled back at the end: that transaction held the real
 * database's write lock for the whole run (the service could not store a post meanwhile), and its
 * uncommitted pages piled up in a write-ahead log that can never be checkpointed, which at a
 * million rows was over a gigabyte next to the user's file and made every later read slower
 * (issue 17's per-row cost rose by half from the first to the last tenth of the rows).
 *
 * @example const handle = openScratchDesk(loadConfig({ db: 'data/rumordesk.db' }, {})); try { ... } finally { handle.close(); }
 */
export function openScratchDesk(config: Config, clock?: Clock, options: Parameters<typeof openDesk>[2] = {}): OpenDesk {
  const dir = mkdtempSync(join(tmpdir(), 'rumordesk-no-store-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, 'scratch.db');
    copyDatabase(config.db, copy);
    const open = openDesk({ ...config, db: copy }, clock, { ...options, throwaway: true });
    return {
      ...open,
      config,
      close: () => {
        try {
          open.close();
        } finally {
          remove();
        }
      },
    };
  } catch (err) {
    remove();
    throw err;
  }
}
