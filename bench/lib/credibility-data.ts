/**
 * Reading the RumourEval 2019 and PHEME benchmark files (read-only, outside the repo).
 * Only the columns the scorer uses are typed; labels may be absent in files given to --input.
 */
import fs from 'fs';
import path from 'path';

export const BENCH_DIR = process.env.RUMORDESK_BENCH_DIR ?? path.resolve(__dirname, '../../../shared/bench');

export type Veracity = 'true' | 'false' | 'unverified';
export const VERACITY_CLASSES: Veracity[] = ['true', 'false', 'unverified'];
export const STANCE_CLASSES = ['support', 'deny', 'query', 'comment'] as const;
export type StanceClass = (typeof STANCE_CLASSES)[number];

export interface SourcePostRow {
  id: string;
  platform?: string;
  event?: string | null;
  label?: Veracity;
  in_rumoureval2019?: string | null;
  text: string | null;
  created_at?: string | null;
  n_urls?: number | null;
  user_verified?: boolean | null;
  user_followers_count?: number | null;
  user_friends_count?: number | null;
  user_created_at?: string | null;
  user_listed_count?: number | null;
  link_domain?: string | null;
  link_url?: string | null;
}

export interface ReplyRow {
  id: string;
  source_id: string;
  parent_id?: string | null;
  platform?: string | null;
  label?: StanceClass;
  text: string | null;
  created_at?: string | null;
  user_verified?: boolean | null;
  user_followers_count?: number | null;
  /** Twitter handle or Reddit author: only counted (distinct accounts), never shown. */
  user_screen_name?: string | null;
  author?: string | null;
}

/** Parses a JSON-lines file; blank lines are skipped. */
export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

export function benchFile(...parts: string[]): string {
  return path.join(BENCH_DIR, ...parts);
}

/** Groups replies by the id of their thread's source post. */
export function repliesBySource(replies: ReplyRow[]): Map<string, ReplyRow[]> {
  const out = new Map<string, ReplyRow[]>();
  for (const r of replies) {
    const list = out.get(r.source_id) ?? [];
    list.push(r);
    out.set(r.source_id, list);
  }
  return out;
}
