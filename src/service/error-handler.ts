import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { ERROR_CATALOGUE, isRumorDeskError, type ErrorCode } from '../core/errors';
import { escapeHtml } from '../core/text/escape-html';
import type { Logger } from './logger';

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** body-parser reports its failures with a `type`; each maps to one catalogue code. */
function bodyParserCode(err: { type?: string; status?: number }): ErrorCode | null {
  switch (err.type) {
    case 'entity.parse.failed':
      return 'MALFORMED_JSON';
    case 'entity.too.large':
      return 'PAYLOAD_TOO_LARGE';
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return 'VALIDATION_FAILED';
    default:
      return null;
  }
}

/**
 * Express, its router and body-parser report client faults they have no `type` for as
 * http-errors with a 4xx `status`: a path parameter that is not valid percent-encoding
 * (router's decodeParam, a URIError) or a compressed body that does not inflate (zlib's
 * Z_DATA_ERROR). They are the client's fault, never a 500.
 */
function clientFaultCode(err: { status?: unknown; statusCode?: unknown }): ErrorCode | null {
  const status = typeof err.status === 'number' ? err.status : typeof err.statusCode === 'number' ? err.statusCode : null;
  if (status === null || status < 400 || status > 499) return null;
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  return 'VALIDATION_FAILED';
}

/** Officers posting a stale form should see a page, not JSON. */
function wantsPage(req: Request): boolean {
  return !req.path.startsWith('/api/') && req.path !== '/healthz' && req.accepts(['json', 'html']) === 'html';
}

function errorPage(status: number, code: ErrorCode, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${status} · Rumor Desk</title><link rel="stylesheet" href="/static/app.css"></head>
<body><main id="main"><h1>That did not work</h1><p class="error" role="alert">${escapeHtml(message)}</p>
<p class="muted">Error code ${code}.</p><p><a href="/">Back to the check page</a></p></main></body></html>`;
}

/**
 * The single translation point from errors to HTTP: `{error: {code, message}}` with the
 * catalogue's status. Unknown errors become INTERNAL without leaking their message.
 */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (isRumorDeskError(err) && wantsPage(req)) {
      if (err.code === 'UNAUTHENTICATED') return res.redirect(303, '/login');
      const status = ERROR_CATALOGUE[err.code].httpStatus;
      res.status(status).type('html').send(errorPage(status, err.code, err.message));
      return;
    }
    // A route may have set another type (ClaimReview's ld+json) before it threw; errors are JSON.
    res.type('application/json');
    if (isRumorDeskError(err)) {
      res.status(ERROR_CATALOGUE[err.code].httpStatus).json(errorBody(err.code, err.message, err.details));
      return;
    }
    const parserCode = err && typeof err === 'object' ? (bodyParserCode(err as { type?: string }) ?? clientFaultCode(err as { status?: unknown })) : null;
    if (parserCode) {
      const message =
        parserCode === 'MALFORMED_JSON'
          ? 'The request body is not valid JSON.'
          : parserCode === 'PAYLOAD_TOO_LARGE'
            ? 'The request body is too large.'
            : err instanceof URIError
              ? 'The request URL is not valid percent-encoded UTF-8.'
              : 'The request body could not be read.';
      res.status(ERROR_CATALOGUE[parserCode].httpStatus).json(errorBody(parserCode, message));
      return;
    }
    logger.error({ err: err instanceof Error ? { name: err.name, stack: err.stack } : String(err), method: req.method, route: req.route?.path }, 'unhandled error');
    res.status(500).json(errorBody('INTERNAL', 'Something went wrong; the service log has the details.'));
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  // A browser following a stale link or a typed address gets a page it can leave, not JSON.
  if (wantsPage(req)) {
    res.status(404).type('html').send(errorPage(404, 'ROUTE_NOT_FOUND', `There is no page at ${req.path}.`));
    return;
  }
  res.status(404).json(errorBody('ROUTE_NOT_FOUND', `No route ${req.method} ${req.path}.`));
};

/** JSON routes refuse other bodies with 415 instead of seeing an empty object. */
export const requireJson: RequestHandler = (req, res, next) => {
  const hasBody = req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0';
  if ((hasBody || req.headers['transfer-encoding']) && !req.is('application/json') && !req.is('application/x-ndjson')) {
    res.status(415).json(errorBody('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.'));
    return;
  }
  next();
};
