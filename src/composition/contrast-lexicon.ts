import { z } from 'zod';
import { RumorDeskError } from '../core/errors';
import { createContrastLexicon, type ContrastData, type ContrastLexicon } from '../core/facts';
import { readDataJson } from './model-files';

// Shape check only: the file is generated, but a hand edit must fail at start, not mid-batch.
const contrastSchema = z
  .object({
    version: z.string(),
    provenance: z.string(),
    groups: z.array(
      z.object({
        slot: z.string(),
        kind: z.enum(['status', 'outcome', 'event']),
        except: z.array(z.string()).optional(),
        values: z.record(z.string(), z.array(z.string())),
        opposed: z.array(z.tuple([z.string(), z.string()])).optional(),
        opposedAlone: z.array(z.tuple([z.string(), z.string()])).optional(),
        negated: z.record(z.string(), z.string()).optional(),
      }).loose(),
    ),
    ignore: z.array(z.string()).optional(),
    antonyms: z.array(z.tuple([z.string(), z.string()])),
  })
  .loose();

let cached: ContrastLexicon | null = null;

/**
 * The contrast lexicon of key-fact extraction (data/lexicons/contrasts.json, built by
 * `npm run build:contrasts`), compiled once per process.
 *
 * @example extractKeyFacts(text, loadContrastLexicon())
 */
export function loadContrastLexicon(): ContrastLexicon {
  if (cached) return cached;
  const result = contrastSchema.safeParse(readDataJson('lexicons/contrasts.json'));
  if (!result.success) throw new RumorDeskError('CONFIG_INVALID', `data/lexicons/contrasts.json has an unexpected shape: ${result.error.issues[0]?.path.join('.')} ${result.error.issues[0]?.message}`);
  cached = createContrastLexicon(result.data as ContrastData);
  return cached;
}
