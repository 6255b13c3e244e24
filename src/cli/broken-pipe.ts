/** The slice of a stream this needs: process.stdout in main.ts. */
interface ErrorEmitter {
  on(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Ends the command quietly with status 0 when the reader of its output goes away
 * (`rumordesk statements list | head -1`). Node ignores SIGPIPE, so the write fails with EPIPE
 * instead, and an unhandled stream error would crash with a stack trace. Nothing is lost: the
 * reader asked for no more, and a write transaction still open rolls back as on any exit.
 * Other write errors (a full disk) still surface.
 *
 * @example exitQuietlyOnBrokenPipe(process.stdout, (code) => process.exit(code))
 */
export function exitQuietlyOnBrokenPipe(stream: ErrorEmitter, exit: (code: number) => void): void {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') return exit(0);
    throw err;
  });
}
