import type { Command } from 'commander';
import type { CliContext } from '../context';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Start the local service (web pages and HTTP API)')
    .option('--db <path>', 'SQLite database file (default: $RUMORDESK_DB or ./rumordesk.db)')
    .option('--host <address>', 'address to bind (default: $RUMORDESK_HOST or 127.0.0.1)')
    .option('--port <port>', 'port (default: $RUMORDESK_PORT or 8080)')
    .option('--no-demo', 'do not load the demo department into an empty database')
    .option('--templates <dir>', 'directory of templates overriding the built-in ones')
    .option('--match-workers <n>', 'worker threads that match claims: auto (default: $RUMORDESK_MATCH_WORKERS or one fewer than the cores) or 0-16')
    .action(async (opts: { db?: string; host?: string; port?: string; demo: boolean; templates?: string; matchWorkers?: string }) => {
      const handle = ctx.openDesk({ db: opts.db, templates: opts.templates, matchWorkers: opts.matchWorkers, service: true });
      const host = opts.host ?? handle.config.host;
      const port = opts.port === undefined ? handle.config.port : Number(opts.port);
      // --no-demo on the command line wins over the environment's setting.
      const demo = opts.demo === false ? false : handle.config.demo;
      const server = await ctx.serve(handle, { host, port, demo });
      const stop = () => {
        void server.close().then(() => {
          handle.close();
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
