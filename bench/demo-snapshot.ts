/**
 * Demo snapshot: loads the demo department into a fresh database at a fixed clock and prints a
 * digest of everything a user can see of it — every stored table, the triage queue, the
 * statements' reach, the cluster list and details, the weekly summary in every format, `check`
 * on a fixed sample of posts, and drafts for the top clusters on every platform through
 * approval and publication. Two checkouts that print the same digest behave the same on the
 * demo, which is how a refactor shows it changed nothing a user sees.
 *
 *   npm run demo:snapshot                      # one line per section: rows and sha256
 *   npm run demo:snapshot -- --out /tmp/snap   # also the full JSON of each section, for diff -r
 */
import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config';
import { DEMO_DIR, loadDemo } from '../src/composition/demo';
import { openDesk } from '../src/composition/open-desk';

const NOW = new Date('2026-11-23T12:00:00Z');
const CHECK_SAMPLE_EVERY = 25;
const DRAFT_CLUSTERS = 5;
const PLATFORMS = ['x', 'facebook', 'nextdoor'];
const SUMMARY_FORMATS = ['json', 'md', 'html'];

type Section = { name: string; value: unknown };

function outDirArg(): string | null {
  const at = process.argv.indexOf('--out');
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

/** Runs `f`, keeping a thrown error's code and message as the section's value. */
function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return { error: e.code ?? 'ERROR', message: e.message ?? String(error) };
  }
}

function tableDump(file: string): Section[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    return tables.map(({ name }) => {
      // When a migration ran is the wall clock of the run, not behaviour.
      const columns = name === 'schema_migrations' ? 'version' : '*';
      const rows = db.prepare(`SELECT ${columns} FROM "${name.replace(/"/g, '""')}"`).raw().all() as unknown[][];
      const lines = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v))).sort();
      return { name: `table:${name}`, value: lines };
    });
  } finally {
    db.close();
  }
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'rumordesk-snapshot-'));
  const file = join(dir, 'demo.db');
  const sections: Section[] = [];
  try {
    const handle = openDesk(loadConfig({ db: file }, {}), () => NOW, { matchWorkers: 0 });
    const { desk } = handle;
    try {
      sections.push({ name: 'load', value: loadDemo(desk) });
      sections.push({ name: 'health', value: desk.health() });
      sections.push({ name: 'triage', value: attempt(() => desk.triage({ limit: 500 })) });
      sections.push({ name: 'statement-reach', value: attempt(() => desk.statementReach({ limit: 500 })) });
      const clusters = desk.clusters.list({ limit: 500 }) as unknown as { id: number }[];
      sections.push({ name: 'clusters', value: clusters });
      sections.push({ name: 'cluster-details', value: clusters.map((c) => attempt(() => desk.clusters.show(c.id, { posts: 20 }))) });
      const summary = attempt(() => desk.summary({ week: '2026-W47' }));
      sections.push({ name: 'summary', value: summary });
      for (const format of SUMMARY_FORMATS) {
        sections.push({ name: `summary-${format}`, value: attempt(() => desk.renderSummary(summary as never, format as never)) });
      }
      const posts = readFileSync(join(DEMO_DIR, 'posts.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
      const sample = posts.filter((_l, i) => i % CHECK_SAMPLE_EVERY === 0).map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ''));
      sections.push({ name: 'check', value: sample.map((text) => attempt(() => desk.check(text, { k: 3, url: null }))) });
      const drafts: unknown[] = [];
      for (const c of clusters.slice(0, DRAFT_CLUSTERS)) {
        for (const platform of PLATFORMS) {
          const made = attempt(() => desk.drafts.generate({ clusterId: c.id }, platform as never, 'snapshot')) as { id?: number }[] | unknown;
          drafts.push(made);
          const first = Array.isArray(made) ? (made[0] as { id?: number } | undefined) : undefined;
          if (first?.id !== undefined) {
            const id = first.id;
            drafts.push(attempt(() => desk.drafts.approve(id, {}, 'snapshot')));
            drafts.push(attempt(() => desk.drafts.show(id)));
          }
        }
      }
      sections.push({ name: 'drafts', value: drafts });
      sections.push({ name: 'triage-after-drafts', value: attempt(() => desk.triage({ limit: 500 })) });
    } finally {
      handle.close();
    }
    sections.push(...tableDump(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const out = outDirArg();
  if (out !== null) mkdirSync(out, { recursive: true });
  for (const { name, value } of sections) {
    const json = JSON.stringify(value, null, 1) ?? 'undefined';
    const rows = Array.isArray(value) ? value.length : 1;
    const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
    process.stdout.write(`${name.padEnd(32)} ${String(rows).padStart(6)} ${digest}\n`);
    if (out !== null) writeFileSync(join(out, `${name.replace(/[^a-z0-9-]+/gi, '_')}.json`), json);
  }
}

main();
