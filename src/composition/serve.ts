import type { AddressInfo } from 'net';
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
