import { Agent, request } from 'http';

/** One request exactly as the fuzzer wants it on the wire: raw bytes, any header. */
export interface RawRequest {
  method: string;
  /** Path and query, sent verbatim (already percent-encoded or deliberately not). */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/**
 * Sends one request with node's http client rather than fetch: fetch refuses some of what a
 * hostile client sends (bad UTF-8 bodies with odd content types, paths it would normalise).
 *
 * @example await sendRaw('http://127.0.0.1:8080', { method: 'POST', path: '/api/check', body: '{' })
 */
export function sendRaw(baseUrl: string, req: RawRequest): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  if (body !== undefined) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const r = request({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(body);
  });
}

/** Closes the keep-alive sockets so jest can exit. */
export function closeFuzzAgent(): void {
  agent.destroy();
}
