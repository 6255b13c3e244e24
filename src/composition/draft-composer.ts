import { resolve } from 'path';
import nlp from 'compromise';
import { composeDraft } from '../core/drafts';
import { scanPrivacy } from '../core/privacy';
import { loadTemplates } from '../render';
import type { DraftComposer } from '../usecases/ports';

export const BUILT_IN_DRAFT_TEMPLATES = resolve(__dirname, '../../templates/drafts');

/**
 * Binds the draft core to the department's templates: the built-in ones, overridden file by
 * file by an optional directory. Loading checks every template, so a broken one stops start-up.
 */
export function createDraftComposer(overrideDir: string | null): DraftComposer {
  const templates = loadTemplates(overrideDir ? [BUILT_IN_DRAFT_TEMPLATES, overrideDir] : [BUILT_IN_DRAFT_TEMPLATES]);
  // Statements are few and drafted for often; name detection on one costs tens of milliseconds.
  const names = new Map<string, string[]>();
  return {
    compose: (input) => composeDraft(input, templates),
    scan: (text, context) => scanPrivacy(text, context).findings,
    namesIn: (text) => {
      let found = names.get(text);
      if (!found) {
        found = nlp(text).people().out('array') as string[];
        if (names.size > 256) names.clear();
        names.set(text, found);
      }
      return found;
    },
  };
}
