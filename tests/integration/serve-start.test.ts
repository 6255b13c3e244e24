import { createServer, type Server } from 'net';
import { loadConfig } from '../../src/config';
import { serve } from '../../src/composition/serve';
import { memoryDesk } from '../helpers/desk';

describe('starting the service', () => {
  it('refuses a port another program holds with a clear error, not a crash', async () => {
    const holder: Server = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    const port = (holder.address() as { port: number }).port;
    const handle = memoryDesk();
    try {
      await expect(serve({ desk: handle.desk, config: { ...handle.config, logLevel: 'silent' }, close: handle.close }, { host: '127.0.0.1', port, demo: false })).rejects.toMatchObject({
        code: 'CONFIG_INVALID',
        message: expect.stringMatching(new RegExp(`127\\.0\\.0\\.1:${port}: another program already uses that port`)),
      });
    } finally {
      handle.close();
      await new Promise<void>((done) => holder.close(() => done()));
    }
  });
});

describe('the matchWorkers setting', () => {
  it.each([
    ['0', 0],
    ['3', 3],
  ])('takes %s as %d worker threads', (raw, expected) => {
    expect(loadConfig({}, { RUMORDESK_MATCH_WORKERS: raw }).matchWorkers).toBe(expected);
  });

  it('auto leaves one core to the request thread, and at most four workers', () => {
    const auto = loadConfig({}, {}).matchWorkers;
    expect(auto).toBeGreaterThanOrEqual(0);
    expect(auto).toBeLessThanOrEqual(4);
  });

  it.each(['-1', '17', 'many', '1.5'])('rejects %s with CONFIG_INVALID', (raw) => {
    expect(() => loadConfig({}, { RUMORDESK_MATCH_WORKERS: raw })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
