import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { RumorDeskError } from '../core/errors';
import { compileDraftTemplates, type LoadedDraftTemplates, type TemplateSource } from './compile-draft-templates';

function readDir(dir: string): TemplateSource[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new RumorDeskError('TEMPLATE_INVALID', `Template directory "${dir}" does not exist.`);
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => ({ name: f.slice(0, -'.hbs'.length), origin: path.join(dir, f), source: readFileSync(path.join(dir, f), 'utf8') }));
}

/**
 * Load draft templates from directories; a file in a later directory replaces the file of the
 * same name in an earlier one (built-in templates first, then the department's `--templates`).
 * Throws RumorDeskError('TEMPLATE_INVALID') naming the template and the missing field.
 *
 * @example loadTemplates(['templates/drafts', '/etc/rumordesk/templates']).render('correction', 'x', context)
 */
export function loadTemplates(dirs: string[]): LoadedDraftTemplates {
  return compileDraftTemplates(dirs.flatMap(readDir));
}
