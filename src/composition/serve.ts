import type { AddressInfo } from 'net';
import pino from 'pino';
import { createApp } from '../service/create-app';
import type { DeskHandle, RunningServer } from '../cli/context';
import { loadDemo } from './demo';

export function createLogger(level: string) {
  // Logs go to stderr so that stdout stays clean for command output.
  return pino({ level, base: { service: 'rumordesk' } }, pino.destination(2));
}

/** Starts the HTTP service; loads the demo department first when the database is empty. */
export async function serve(handle: DeskHandle, options: { host: string; port: number; demo: boolean }): Promise<RunningServer> {
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
    const server = app.listen(options.port, options.host, () => {
      const address = server.address() as AddressInfo;
      const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
      logger.info({ url, db: handle.config.db === ':memory:' ? ':memory:' : 'file' }, 'Rumor Desk is listening');
      resolvePromise({
        url,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
