import type { Config } from '../config';
import type { RumorDesk } from '../usecases/rumor-desk';
import type { CliIo } from './io';

export interface DeskHandle {
  desk: RumorDesk;
  config: Config;
  close(): void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** What the commands get from the composition root; they never build store pieces themselves. */
export interface CliContext {
  io: CliIo;
  env: Record<string, string | undefined>;
  /**
   * `matchWorkers` is for the service only; other commands match on their own thread. `scratch`
   * opens a throwaway copy of the database instead (score --no-store): nothing reaches the real one.
   * `mustExist` refuses (FILE_NOT_FOUND) a database file that does not exist instead of creating it.
   */
  openDesk(overrides: { db?: string; templates?: string; matchWorkers?: string; service?: boolean; scratch?: boolean; mustExist?: boolean }): DeskHandle;
  serve(handle: DeskHandle, options: { host: string; port: number; demo: boolean }): Promise<RunningServer>;
  /**
   * Called once by `score` before it reads its file: process-wide settings for a long batch (the
   * real CLI keeps V8's heap nearer its live data, src/cli/batch-heap.ts). Tests run commands
   * in-process and leave it out.
   */
  tuneForBatch?(): void;
}
