import Handlebars from 'handlebars';
import { DRAFT_HELPERS } from './helpers';

export type HandlebarsEnv = typeof Handlebars;

/**
 * An isolated Handlebars instance for plain-text drafts. Drafts are posted as text, not HTML, so
 * `noEscape` is deliberate ("&" must stay "&"); `strict` makes a missing field throw instead of
 * printing nothing. HTML views use their own escaping instance.
 */
export function createDraftHandlebars(): HandlebarsEnv {
  const env = Handlebars.create();
  for (const [name, fn] of Object.entries(DRAFT_HELPERS)) env.registerHelper(name, fn);
  return env;
}

export const DRAFT_COMPILE_OPTIONS = { strict: true, noEscape: true } as const;
