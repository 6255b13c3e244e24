import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import type { RumorDesk } from '../usecases/rumor-desk';

export const DEMO_DIR = resolve(__dirname, '../../data/demo');

const CHUNK = 500;

/**
 * Loads the demo department: its statements, then its posts in arrival order, in chunks so
 * the pipeline sees them the way a live feed would deliver them.
 */
export function loadDemo(desk: RumorDesk, dir = DEMO_DIR): { statements: number; posts: number } {
  const report = desk.statements.importFile(readFileSync(join(dir, 'statements.jsonl'), 'utf8'), 'jsonl', 'demo-loader');
  const lines = readFileSync(join(dir, 'posts.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  let stored = 0;
  for (let i = 0; i < lines.length; i += CHUNK) {
    const rows = lines.slice(i, i + CHUNK).map((l) => JSON.parse(l) as unknown);
    stored += desk.ingestPosts(rows, i + 1).stored;
  }
  return { statements: report.total, posts: stored };
}
