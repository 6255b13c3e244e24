import { ERROR_CATALOGUE, type ErrorCode } from '../../src/core/errors';
import type { RawRequest, RawResponse } from './fuzz-http';

/** A short, printable description of a fuzzed request for a failure message. */
export function describeRequest(req: RawRequest): string {
  const body = req.body === undefined ? '' : Buffer.isBuffer(req.body) ? req.body.toString('utf8') : req.body;
  const preview = body.length > 160 ? `${body.slice(0, 160)}… (${body.length} chars)` : body;
  return `${req.method} ${req.path.slice(0, 200)} [${req.headers?.['content-type'] ?? '-'}${req.headers?.['content-encoding'] ? ` ${req.headers['content-encoding']}` : ''}] ${JSON.stringify(preview)}`;
}

/**
 * What the service promises for any input: no 5xx, and every 4xx is `{error: {code, message}}`
 * with a catalogue code whose documented status is the one sent. Returns the problem, or null.
 */
export function responseProblem(req: RawRequest, res: RawResponse): string | null {
  if (res.status >= 500) return `status ${res.status}: ${res.text.slice(0, 300)}`;
  if (res.status >= 300 && res.status < 400) return `redirect ${res.status} from a JSON route`;
  if (res.status < 400 || req.method === 'HEAD') return null;
  if (!res.contentType.includes('application/json')) return `4xx with content type "${res.contentType}"`;
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = JSON.parse(res.text) as typeof body;
  } catch {
    return `4xx body is not JSON: ${res.text.slice(0, 200)}`;
  }
  const code = body.error?.code;
  if (typeof code !== 'string' || !(code in ERROR_CATALOGUE)) return `undocumented error code ${JSON.stringify(code)}`;
  if (ERROR_CATALOGUE[code as ErrorCode].httpStatus !== res.status) return `${code} sent with status ${res.status}, documented ${ERROR_CATALOGUE[code as ErrorCode].httpStatus}`;
  if (typeof body.error?.message !== 'string' || !body.error.message) return `${code} without a message`;
  return null;
}

/** The error code of a JSON error body, or null. */
export function errorCodeOf(res: RawResponse): string | null {
  try {
    const code = (JSON.parse(res.text) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}
