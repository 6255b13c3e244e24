import { RumorDeskError } from '../../core/errors';
import { declareRoute } from './route';

const MAX_ROWS = 5000;

/** Parses a JSON Lines body; a bad line becomes a rejected row, not a failed request. */
function parseJsonLines(text: string): { rows: unknown[]; bad: Map<number, string> } {
  const rows: unknown[] = [];
  const bad = new Map<number, string>();
  text.split(/\r?\n/).forEach((line) => {
    if (!line.trim()) return;
    try {
      rows.push(JSON.parse(line) as unknown);
    } catch {
      bad.set(rows.length + 1, 'not valid JSON');
      rows.push(null);
    }
  });
  return { rows, bad };
}

export const POST_ROUTES = [
  declareRoute({
    method: 'POST',
    path: '/api/posts',
    role: 'officer',
    summary: 'ingest posts: a JSON array, or JSON Lines as `application/x-ndjson`; per-row results and rejects',
    handle({ desk, req, res }) {
      let rows: unknown[];
      let bad = new Map<number, string>();
      if (typeof req.body === 'string') {
        ({ rows, bad } = parseJsonLines(req.body));
      } else if (Array.isArray(req.body)) {
        rows = req.body;
      } else {
        throw new RumorDeskError('VALIDATION_FAILED', 'Send a JSON array of posts, or JSON Lines (application/x-ndjson).');
      }
      if (rows.length === 0) throw new RumorDeskError('VALIDATION_FAILED', 'No posts in the request.');
      if (rows.length > MAX_ROWS) throw new RumorDeskError('PAYLOAD_TOO_LARGE', `At most ${MAX_ROWS} posts per request.`);
      const summary = desk.ingestPosts(rows.map((r, i) => (bad.has(i + 1) ? { __unparseable: true } : r)));
      const results = summary.results.map((r) => (bad.has(r.row) ? { row: r.row, status: 'rejected' as const, reason: bad.get(r.row) } : r));
      res.status(summary.stored > 0 ? 201 : 200).json({ ...summary, results });
    },
  }),
];
