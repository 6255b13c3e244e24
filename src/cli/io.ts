/** Where a command writes; tests pass buffers, main.ts passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  isTty: boolean;
}
