import type { RawRequest } from './fuzz-http';
import { damageJson, deepNestText, hostileString, hostileValue, INVALID_UTF8, pollutionBody, PROTO_KEYS, type Rng } from './fuzz-values';

/** Ids of records that exist, so some fuzzed requests get past "not found" into the use case. */
export interface FuzzTargets {
  statements: number[];
  clusters: number[];
  posts: number[];
  drafts: number[];
}

type IdKind = keyof FuzzTargets;

interface BodyRoute {
  method: 'POST' | 'PATCH' | 'PUT';
  /** `{statements}` etc. stand for an id of that kind; `{setting}` for a setting name. */
  path: string;
  base: () => unknown;
}

const VALID_POST = () => ({
  platform: 'x',
  id: 'fuzz-1',
  author: { handle: '@someone', display_name: 'Some One', verified: false, followers: 10, following: 5, created_at: '2026-01-01T00:00:00Z' },
  text: 'The Elm Street bridge collapsed',
  url: 'https://example.com/a',
  posted_at: '2026-11-20T10:00:00Z',
  engagement: { reposts: 1, likes: 2, replies: 3, views: 4 },
  reply_to: null,
  quote_of: null,
  repost_of: null,
});

/** Every JSON route that takes a body, with a plausible body the mutations start from. */
export const BODY_ROUTES: readonly BodyRoute[] = [
  { method: 'POST', path: '/api/statements', base: () => ({ title: 'Shelter open at the school', body: 'The shelter is open.', published_at: '2026-11-20T10:00:00Z', incident: 'flood', topic: 'shelter', url: 'https://ridgeportpd.example/s', status: 'active' }) },
  { method: 'PATCH', path: '/api/statements/{statements}', base: () => ({ title: 'A changed title', body: 'Changed body.', url: 'https://ridgeportpd.example/c' }) },
  { method: 'POST', path: '/api/statements/{statements}/retract', base: () => ({ reason: 'issued in error' }) },
  { method: 'POST', path: '/api/statements/{statements}/supersede', base: () => ({ by: 1 }) },
  { method: 'POST', path: '/api/check', base: () => ({ text: 'Is the Elm Street bridge closed?', url: 'https://example.com/x', k: 3, drafts: true }) },
  { method: 'POST', path: '/api/posts', base: () => [VALID_POST()] },
  { method: 'POST', path: '/api/drafts', base: () => ({ clusterId: 1, platform: 'x' }) },
  { method: 'PATCH', path: '/api/drafts/{drafts}', base: () => ({ text: 'An edited draft text.' }) },
  { method: 'POST', path: '/api/drafts/{drafts}/approve', base: () => ({ overridePrivacy: true, reason: 'reviewed by the PIO' }) },
  { method: 'POST', path: '/api/drafts/{drafts}/publish', base: () => ({ url: 'https://x.com/RidgeportPD/status/1' }) },
  { method: 'POST', path: '/api/drafts/{drafts}/discard', base: () => ({}) },
  { method: 'POST', path: '/api/clusters/{clusters}/merge', base: () => ({ from: 2 }) },
  { method: 'POST', path: '/api/clusters/{clusters}/move', base: () => ({ postId: 1 }) },
  { method: 'POST', path: '/api/clusters/split', base: () => ({ postId: 1 }) },
  { method: 'PUT', path: '/api/settings/{setting}', base: () => ({ value: 'America/Chicago' }) },
];

/** Read routes, with the query parameters each understands. */
export const GET_ROUTES: readonly { path: string; params: string[] }[] = [
  { path: '/api/statements', params: ['status', 'q', 'incident', 'limit', 'offset'] },
  { path: '/api/statements/{statements}', params: [] },
  { path: '/api/clusters', params: ['status', 'q', 'limit', 'offset', 'sort', 'action', 'statement'] },
  { path: '/api/clusters/{clusters}', params: [] },
  { path: '/api/clusters/{clusters}/claimreview', params: [] },
  { path: '/api/triage', params: ['limit', 'action', 'status', 'since', 'platform', 'minPriority'] },
  { path: '/api/drafts', params: ['status', 'cluster', 'limit'] },
  { path: '/api/drafts/{drafts}', params: [] },
  { path: '/api/audit', params: ['since', 'actor', 'limit'] },
  { path: '/api/settings', params: [] },
  { path: '/healthz', params: [] },
];

const SETTING_NAMES = ['timezone', 'department.name', 'department.handle', 'department.url', 'department.publicHandles', 'matching.possibleThreshold', 'matching.strongThreshold', 'retention.days'];

const HOSTILE_IDS = ['0', '-1', '1.5', '1e3', '99999999999999999999', 'NaN', 'Infinity', '%00', '%E0%A4%A', '%', '%zz', '..%2F..%2Fetc%2Fpasswd', 'abc', '1;DROP%20TABLE%20posts', '%20', '0x1', '%F0%9F%92%A9', '1%00', '__proto__', 'constructor', '%C0%80', '%ED%A0%80', 'x'.repeat(5000)];

/** Percent-encodes the UTF-8 bytes of any string, lone surrogates included (encodeURIComponent throws on those). */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : '%' + b.toString(16).toUpperCase().padStart(2, '0'))).join('');
}

function idFor(rng: Rng, kind: IdKind, targets: FuzzTargets): string {
  const real = targets[kind];
  if (real.length && rng.chance(0.45)) return String(rng.pick(real));
  return rng.chance(0.8) ? rng.pick(HOSTILE_IDS) : percentEncode(hostileString(rng).slice(0, 200));
}

function fillPath(rng: Rng, template: string, targets: FuzzTargets): string {
  return template.replace(/\{(\w+)\}/g, (_, kind: string) => {
    if (kind === 'setting') return rng.chance(0.6) ? rng.pick(SETTING_NAMES) : rng.chance(0.5) ? rng.pick(PROTO_KEYS) : percentEncode(hostileString(rng).slice(0, 100));
    return idFor(rng, kind as IdKind, targets);
  });
}

function hostileQuery(rng: Rng, params: string[]): string {
  const parts: string[] = [];
  for (let i = rng.int(5); i > 0; i--) {
    const key = rng.chance(0.7) && params.length ? rng.pick(params) : rng.pick([...PROTO_KEYS, '__proto__[polluted]', 'constructor[prototype][polluted]', 'limit[]', 'a[b][c]']);
    const value = rng.pick([
      // Node's HTTP parser refuses request heads over 16 kB with a bare 431 before the app runs.
      () => percentEncode(hostileString(rng).slice(0, 600)),
      () => rng.pick(['%', '%zz', '%C0%80', '%ED%A0%80', '%FF', '%00', '']),
      () => String(rng.pick([-1, 0, 1e21, 1.5, 501, 100000])),
    ])();
    parts.push(`${key}=${value}`);
  }
  if (rng.chance(0.1)) parts.push(parts[0] ?? 'limit=1'); // repeated key: the simple parser makes an array
  return parts.length ? '?' + parts.join('&') : '';
}

/** Replaces, removes or adds fields of an object body (or items of the posts array). */
function mutateValue(rng: Rng, base: unknown): unknown {
  if (Array.isArray(base)) {
    const items = base.map((item) => (rng.chance(0.7) ? mutateValue(rng, item) : item));
    if (rng.chance(0.2)) items.push(hostileValue(rng));
    return items;
  }
  if (!base || typeof base !== 'object') return hostileValue(rng);
  const o: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const keys = Object.keys(o);
  switch (rng.int(5)) {
    case 0:
    case 1: {
      const key = keys.length ? rng.pick(keys) : 'x';
      o[key] = rng.chance(0.15) && o[key] && typeof o[key] === 'object' ? mutateValue(rng, o[key]) : hostileValue(rng);
      return o;
    }
    case 2:
      for (const key of keys) if (rng.chance(0.5)) o[key] = hostileValue(rng);
      return o;
    case 3:
      if (keys.length) delete o[rng.pick(keys)];
      return o;
    default:
      o[rng.chance(0.5) ? rng.pick(PROTO_KEYS) : hostileString(rng).slice(0, 50)] = hostileValue(rng);
      return o;
  }
}

const CONTENT_TYPES = ['application/json; charset=utf-8', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json, text/html', '*/*', 'application/jsonx', ''];

/** NDJSON lines for POST /api/posts: valid, damaged, hostile or empty. */
function ndjsonBody(rng: Rng): Buffer {
  const lines: Buffer[] = [];
  for (let i = 1 + rng.int(6); i > 0; i--) {
    const line = JSON.stringify(mutateValue(rng, VALID_POST()));
    lines.push(rng.chance(0.3) ? damageJson(rng, line) : Buffer.from(line));
  }
  if (rng.chance(0.2)) lines.push(rng.pick(INVALID_UTF8));
  return Buffer.concat(lines.flatMap((l) => [l, Buffer.from(rng.chance(0.2) ? '\r\n' : '\n')]));
}

/**
 * One fuzzed request against a body route: mostly JSON with hostile values, sometimes damaged
 * bytes, deep nesting, prototype-pollution keys, wrong content types or encodings.
 */
export function bodyRequest(rng: Rng, route: BodyRoute, targets: FuzzTargets): RawRequest {
  const path = fillPath(rng, route.path, targets);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  let body: Buffer | string;
  const kind = rng.int(100);
  if (kind < 45) body = JSON.stringify(mutateValue(rng, route.base()));
  else if (kind < 52) body = JSON.stringify(hostileValue(rng, 3));
  else if (kind < 60) {
    const base = route.base();
    body = Array.isArray(base) ? `[${pollutionBody(rng, base[0] as Record<string, unknown>)}]` : pollutionBody(rng, (base ?? {}) as Record<string, unknown>);
  } else if (kind < 72) body = damageJson(rng, JSON.stringify(mutateValue(rng, route.base())));
  else if (kind < 76) body = deepNestText(rng.pick([1000, 10_000, 60_000]), rng.chance(0.5) ? 'array' : 'object');
  else if (kind < 84) {
    body = JSON.stringify(route.base());
    const type = rng.pick(CONTENT_TYPES);
    if (type) headers['content-type'] = type;
    else delete headers['content-type'];
  } else if (kind < 88) {
    body = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08]), Buffer.from(hostileString(rng).slice(0, 100))]);
    headers['content-encoding'] = rng.pick(['gzip', 'deflate', 'br', 'x-unknown', 'gzip, gzip']);
  } else if (kind < 92 && route.path === '/api/posts') {
    body = ndjsonBody(rng);
    headers['content-type'] = 'application/x-ndjson';
  } else if (kind < 94 && route.path === '/api/posts') {
    body = JSON.stringify(Array.from({ length: 5001 }, () => ({})));
  } else {
    body = JSON.stringify(mutateValue(rng, mutateValue(rng, route.base())));
  }
  return { method: route.method, path, headers, body };
}

/** One fuzzed read: hostile ids in the path and hostile query strings. */
export function getRequest(rng: Rng, route: (typeof GET_ROUTES)[number], targets: FuzzTargets): RawRequest {
  return { method: rng.chance(0.05) ? 'HEAD' : 'GET', path: fillPath(rng, route.path, targets) + hostileQuery(rng, route.params) };
}

/** A request to a route that does not exist, or with a method the route does not have. */
export function strayRequest(rng: Rng, targets: FuzzTargets): RawRequest {
  const method = rng.pick(['DELETE', 'PUT', 'PATCH', 'OPTIONS', 'POST', 'TRACE']);
  const path = rng.pick(['/api/statements', '/api/statements/{statements}/delete', '/api/posts/{posts}', '/api/../etc/passwd', '/api/%2e%2e/%2e%2e', '/api/clusters/{clusters}/merge/extra', '/api//check', '/API/CHECK', '/api/check?', '/api/settings', '/api/audit']);
  return { method, path: fillPath(rng, path, targets), headers: { 'content-type': 'application/json' }, body: '{}' };
}
