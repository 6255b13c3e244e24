import { deepNestText, hostileString, hostileValue, INVALID_UTF8, pollutionBody, type Rng } from './fuzz-values';

/** A plausible post record the file generators damage. */
function record(rng: Rng): Record<string, unknown> {
  const o: Record<string, unknown> = { id: `r${rng.int(1000)}`, platform: rng.pick(['x', 'facebook', 'Twitter', 'tiktok', 'myspace', '']), text: 'Elm Street bridge collapsed', author: '@someone', likes: 3, posted_at: '2026-11-20T10:00:00Z' };
  for (const key of Object.keys(o)) if (rng.chance(0.35)) o[key] = hostileValue(rng, 1);
  return o;
}

function csvField(value: unknown, separator: string): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function delimited(rng: Rng, separator: string): string {
  const header = rng.pick([['id', 'platform', 'text', 'author', 'likes', 'posted_at'], ['message', 'user'], ['__proto__', 'constructor', 'text'], ['text', 'text', 'text'], ['a', 'b']]);
  const lines = [header.join(separator)];
  for (let i = rng.int(6); i > 0; i--) {
    const r = record(rng);
    lines.push(header.map((h) => csvField(r[h] ?? hostileString(rng).slice(0, 200), separator)).join(separator));
  }
  if (rng.chance(0.2)) lines.push('"unterminated' + separator + 'quote');
  return lines.join(rng.pick(['\n', '\r\n', '\r']));
}

function jsonLines(rng: Rng): string {
  const lines: string[] = [];
  for (let i = 1 + rng.int(6); i > 0; i--) {
    lines.push(rng.pick<() => string>([() => JSON.stringify(record(rng)), () => pollutionBody(rng, record(rng)), () => JSON.stringify(hostileValue(rng, 2)), () => deepNestText(rng.pick([100, 5000, 50_000]), 'object'), () => '{"text": "unterminated'])());
  }
  return lines.join('\n');
}

function jsonDocument(rng: Rng): string {
  return rng.pick([
    () => JSON.stringify(Array.from({ length: rng.int(5) }, () => record(rng))),
    () => `[${pollutionBody(rng, record(rng))}]`,
    () => deepNestText(rng.pick([100, 10_000, 100_000]), 'array'),
    () => JSON.stringify({ data: record(rng) }),
    () => '[{"text":"a"},',
    () => JSON.stringify(hostileValue(rng, 3)),
  ])();
}

function xV2(rng: Rng): string {
  const tweet = () => ({ id: String(rng.int(1e9)), text: rng.chance(0.7) ? 'Bridge collapsed' : hostileValue(rng), author_id: rng.chance(0.5) ? 'u1' : hostileValue(rng), created_at: rng.chance(0.7) ? '2026-11-20T10:00:00.000Z' : hostileValue(rng), public_metrics: rng.chance(0.5) ? { like_count: hostileValue(rng) } : hostileValue(rng), referenced_tweets: rng.chance(0.5) ? [{ type: hostileValue(rng), id: hostileValue(rng) }] : hostileValue(rng) });
  const page = { data: rng.chance(0.8) ? Array.from({ length: rng.int(4) }, tweet) : hostileValue(rng), includes: rng.chance(0.7) ? { users: [{ id: 'u1', username: hostileValue(rng), public_metrics: hostileValue(rng) }] } : hostileValue(rng), meta: hostileValue(rng, 1) };
  return rng.chance(0.5) ? JSON.stringify(page) : JSON.stringify(page, null, 2);
}

/**
 * A hostile export file for the readers, as bytes: records in the right format with damaged
 * fields, broken syntax, deep nesting, invalid UTF-8, NUL bytes, BOMs and very long lines.
 */
export function hostileFile(rng: Rng, format: string): Buffer {
  let text: string;
  switch (format) {
    case 'csv':
      text = delimited(rng, ',');
      break;
    case 'tsv':
      text = delimited(rng, '\t');
      break;
    case 'jsonl':
      text = jsonLines(rng);
      break;
    case 'json':
      text = jsonDocument(rng);
      break;
    case 'x-v2':
      text = xV2(rng);
      break;
    case 'text':
      text = Array.from({ length: rng.int(6) }, () => hostileString(rng)).join('\n');
      break;
    default:
      text = rng.pick([delimited(rng, ','), jsonLines(rng), jsonDocument(rng), xV2(rng), hostileString(rng)]);
  }
  let bytes = Buffer.from(text, 'utf8');
  for (let i = rng.int(3); i > 0; i--) {
    const at = rng.int(bytes.length + 1);
    bytes = Buffer.concat([bytes.subarray(0, at), rng.pick([...INVALID_UTF8, Buffer.from([0]), Buffer.from('\uFEFF'), Buffer.from('x'.repeat(9000))]), bytes.subarray(at)]);
  }
  if (rng.chance(0.05)) bytes = Buffer.from(Array.from({ length: rng.int(3000) }, () => rng.int(256)));
  return bytes;
}

/** Splits bytes into chunks at random points, mid-character included, as a stream would. */
export function* randomChunks(rng: Rng, bytes: Buffer): Generator<Buffer> {
  let at = 0;
  while (at < bytes.length) {
    const size = 1 + rng.int(rng.chance(0.3) ? 8 : 4096);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}
