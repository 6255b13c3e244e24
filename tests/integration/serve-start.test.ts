import { connect, createServer, type Server } from 'net';
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

/** Sends raw bytes and reads until the server closes the connection. */
function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('requests Node cannot parse', () => {
  it('oversized headers get a 431 with the catalogue code; garbage gets a 400 in the JSON shape', async () => {
    const handle = memoryDesk();
    const server = await serve({ desk: handle.desk, config: { ...handle.config, logLevel: 'silent' }, close: handle.close }, { host: '127.0.0.1', port: 0, demo: false });
    try {
      const port = Number(new URL(server.url).port);
      const big = await rawRequest(port, `GET /api/statements HTTP/1.1\r\nHost: x\r\nCookie: rd=${'a'.repeat(40_000)}\r\n\r\n`);
      expect(big).toMatch(/^HTTP\/1\.1 431 /);
      expect(JSON.parse(big.slice(big.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: { code: 'HEADERS_TOO_LARGE' } });
      const garbage = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
      expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
      expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    } finally {
      await server.close();
      handle.close();
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
