import { z } from 'zod';
import { POST_PLATFORMS } from '../../core/platforms';

/**
 * A `platform` filter of the rumor queue: a platform posts come from. An unknown name used to
 * match no cluster, and the empty queue read as "no rumors there"; it is refused instead, with
 * the names that work.
 *
 * @example platformFilter.parse(' x ') // 'x'
 */
export const platformFilter = z
  .string()
  .trim()
  .pipe(z.enum(POST_PLATFORMS, { error: `must be one of ${POST_PLATFORMS.join(', ')}` }));
