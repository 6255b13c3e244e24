/**
 * The composition root: the only place that wires concrete pieces (store, renderer, HTTP
 * server) to the use cases, then runs the command line.
 */
import { loadConfig } from '../config';
import { openDesk } from '../composition/open-desk';
import { openScratchDesk } from '../composition/open-scratch-desk';
import { serve } from '../composition/serve';
import { tuneHeapForBatch } from './batch-heap';
import { exitQuietlyOnBrokenPipe } from './broken-pipe';
import type { CliContext } from './context';
import { runCli } from './program';

exitQuietlyOnBrokenPipe(process.stdout, (code) => process.exit(code));

const ctx: CliContext = {
  io: {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: Boolean(process.stderr.isTTY),
  },
  env: process.env,
  openDesk: ({ service, scratch, mustExist, ...overrides }) => {
    const config = loadConfig(overrides, process.env);
    return (scratch ? openScratchDesk : openDesk)(config, undefined, { matchWorkers: service ? config.matchWorkers : 0, mustExist: mustExist ?? false });
  },
  serve,
  tuneForBatch: tuneHeapForBatch,
};

runCli(process.argv.slice(2), ctx).then(
  (code) => {
    // serve keeps the event loop alive; every other command ends here.
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`rumordesk: INTERNAL: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
