import { writeFileSync } from 'fs';
import { RumorDeskError } from '../core/errors';

/** The usage error for an output path the system refused (no such folder, no permission). */
export function unwritable(option: string, path: string, err: unknown): RumorDeskError {
  return new RumorDeskError('VALIDATION_FAILED', `${option} ${path} cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
}

/**
 * Writes a command's `--out` file, or says why it cannot (no such folder, no permission) as a
 * usage error rather than an internal one.
 *
 * @example writeOutputFile('summary.md', text)
 * @throws RumorDeskError VALIDATION_FAILED when the file cannot be written.
 */
export function writeOutputFile(path: string, text: string, option = '--out'): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw unwritable(option, path, err);
  }
}
