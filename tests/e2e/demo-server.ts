import { join } from 'path';
import type { AddressInfo } from 'net';
import { loadConfig } from '../../src/config';
import { loadDemo } from '../../src/composition/demo';
import { openDesk, type OpenDesk } from '../../src/composition/open-desk';
import { createApp } from '../../src/service/create-app';
import { silentLogger, tempDir } from '../helpers/desk';

/** "Today" in the demo department (data/demo/README.md). */
export const DEMO_NOW = new Date('2026-11-28T12:00:00Z');

export interface DemoServer {
  url: string;
  handle: OpenDesk;
  close(): Promise<void>;
}

/** The real app on 127.0.0.1:0 over a temp-file database holding the demo department. */
export async function startDemoServer(): Promise<DemoServer> {
  const tmp = tempDir();
  const handle = openDesk(loadConfig({ db: join(tmp.dir, 'e2e.db') }, {}), () => DEMO_NOW);
  loadDemo(handle.desk);
  // The pages' "now" is the desk's: the summary link names a week the desk's clock has reached.
  const app = createApp(handle.desk, { logger: silentLogger, clock: () => DEMO_NOW });
  return new Promise((resolvePromise) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        handle,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => {
              handle.close();
              tmp.cleanup();
              done();
            });
          }),
      });
    });
  });
}
