import { readFileSync } from 'fs';
import { resolve } from 'path';
import { RumorDeskError } from '../core/errors';

export const DATA_DIR = resolve(__dirname, '../../data');

/** Reads a JSON file the project ships in data/ (fitted weights, lexicons); a broken one stops start-up. */
export function readDataJson(relativePath: string): unknown {
  const path = resolve(DATA_DIR, relativePath);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    throw new RumorDeskError('CONFIG_INVALID', `Cannot read ${relativePath} from data/: ${(err as Error).message}`);
  }
}
