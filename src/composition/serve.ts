import type { AddressInfo } from 'net';
import type { Duplex } from 'stream';
import { errorBody } from '../service/error-handler';
import pino from 'pino';
import { createApp } from '../service/create-app';
import type { DeskHandle, RunningServer } from '../cli/context';
import { loadDemo } from './demo';
import { RumorDeskError } from '../core/errors';

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function createLogger(level: string) {
  // Logs go to stderr so that stdout stays clean for command output.
  return pino({ level, base: { service: 'rumordesk' } }, pino.destination(2));
}

/**
 * Node answers requests it cannot parse before the app sees them; oversized headers get the
 * catalogue's JSON error like every other refusal, anything else a plain 400.
 */
function answerMalformedRequest(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify(
    tooLarge
      ? errorBody('HEADERS_TOO_LARGE', 'The request headers are too large; clear old cookies or shorten the URL.')
      : errorBody('VALIDATION_FAILED', 'The request is not valid HTTP.'),
  );
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** Starts the HTTP service; loads the demo department first when the database is empty. */
export async function serve(handle: DeskHandle, options: { host: string; port: number; demo: boolean }): Promise<RunningServer> {
  if (!isLoopback(options.host) && handle.desk.auth.enabledUsers() === 0) {
    throw new RumorDeskError(
      'CONFIG_INVALID',
      `Refusing to bind ${options.host}: without users anyone on the network could act as the department. Add an admin with "rumordesk users add NAME --role admin" first, or bind 127.0.0.1.`,
    );
  }
  const logger = createLogger(handle.config.logLevel);
  const health = handle.desk.health();
  if (health.statements === 0 && health.posts === 0) {
    if (options.demo) {
      const loaded = loadDemo(handle.desk);
      logger.info({ statements: loaded.statements, posts: loaded.posts }, 'empty database: loaded the demo department');
    } else {
      logger.info({}, 'empty database: demo department not loaded (--no-demo)');
    }
  }
  const app = createApp(handle.desk, { logger, bodyLimit: handle.config.bodyLimit });
  return new Promise((resolvePromise, reject) => {
    // Express 5 calls this back for 'error' too (port taken, address not on this machine).
    const server = app.listen(options.port, options.host, (err?: Error) => {
      if (err) {
        const reason = (err as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'another program already uses that port' : err.message;
        reject(new RumorDeskError('CONFIG_INVALID', `Cannot listen on ${options.host}:${options.port}: ${reason}. Choose another with --port or RUMORDESK_PORT.`));
        return;
      }
      server.on('clientError', answerMalformedRequest);
      const address = server.address() as AddressInfo;
      const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
      logger.info({ url, db: handle.config.db === ':memory:' ? ':memory:' : 'file', matchWorkers: handle.config.matchWorkers }, 'Rumor Desk is listening');
      resolvePromise({
        url,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
