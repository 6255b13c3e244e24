/**
 * Times the check page on the demo department: ~20 requests each of GET /?text= and POST /,
 * with the JSON API (POST /api/check with and without drafts) as the baseline in the same run. Prints the
 * round trip on loopback and the server's own Server-Timing figure. Not a test: speed is
 * measured, not asserted (run: npx tsx tests/e2e/measure-check-page.ts).
 */
import { performance } from 'perf_hooks';
import { startDemoServer } from './demo-server';

const CLAIMS = [
  'The Elm Street Bridge just collapsed into the Cedar River!!!',
  "Don't drink the tap water in Ridgeport, it's contaminated with E coli from the flood",
  'CURFEW: Ridgeport police announced an 8pm citywide curfew tonight because of the outage. Anyone outside will be arrested',
  'Ridgeport cops just tear gassed peaceful marchers on Main Street. Watch this',
];
const RUNS = 20;
const WARM_UP = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function serverMs(res: Response): number | null {
  const match = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
  return match ? Number(match[1]) : null;
}

async function timed(send: () => Promise<Response>): Promise<{ total: number; server: number | null }> {
  const started = performance.now();
  const res = await send();
  await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return { total: performance.now() - started, server: serverMs(res) };
}

async function series(name: string, send: (claim: string) => Promise<Response>): Promise<void> {
  for (let i = 0; i < WARM_UP; i++) await timed(() => send(CLAIMS[i % CLAIMS.length] as string));
  const totals: number[] = [];
  const servers: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = await timed(() => send(CLAIMS[i % CLAIMS.length] as string));
    totals.push(t.total);
    if (t.server !== null) servers.push(t.server);
  }
  const p90 = [...totals].sort((a, b) => a - b)[Math.ceil(RUNS * 0.9) - 1] as number;
  const serverPart = servers.length ? `, check+drafts in the handler median ${median(servers).toFixed(1)} ms` : '';
  console.log(`${name.padEnd(34)} n=${RUNS} round trip median ${median(totals).toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, max ${Math.max(...totals).toFixed(1)} ms${serverPart}`);
}

async function main(): Promise<void> {
  const loadStarted = performance.now();
  const server = await startDemoServer();
  console.log(`demo loaded and server up in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s: ${JSON.stringify(server.handle.desk.health())}`);
  try {
    // The form needs the CSRF double-submit cookie that any page sets.
    const first = await fetch(`${server.url}/`);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const token = cookie.split('=')[1] ?? '';
    await series('GET /?text=… (page)', (claim) => fetch(`${server.url}/?text=${encodeURIComponent(claim)}`, { headers: { cookie } }));
    await series('POST / (page, form)', (claim) =>
      fetch(`${server.url}/`, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ text: claim, url: '', _csrf: token }).toString() }),
    );
    await series('POST /api/check drafts (baseline)', (claim) =>
      fetch(`${server.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: claim, drafts: true }) }),
    );
    // The check alone: the difference to the line above is the cost of the five draft previews.
    await series('POST /api/check no drafts', (claim) =>
      fetch(`${server.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: claim }) }),
    );
  } finally {
    await server.close();
  }
}

void main();
