import { existsSync, readdirSync, readFileSync } from 'fs';
import { basename, join, resolve } from 'path';
import Handlebars from 'handlebars';

/**
 * Where the .hbs views live. tsc copies no templates into dist/, so instead of copying them
 * the compiled code reads them from the source tree: this file sits at
 * src/service/pages/ under ts-jest and tsx, and at dist/service/pages/ after `npm run build`;
 * both are three levels below the repository root, so one relative path serves both.
 */
export const VIEWS_DIR = resolve(__dirname, '../../../src/service/views');
/** The CSS and script files served under /static (same reasoning as VIEWS_DIR). */
export const STATIC_DIR = resolve(__dirname, '../../../src/service/static');

export type Model = Record<string, unknown>;

export interface Views {
  /** Renders page `name` (views/pages/<name>.hbs) inside the layout. */
  page(name: string, model: Model): string;
}

function readTemplates(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.hbs')) out.set(basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8'));
  }
  return out;
}

/**
 * Compiles every view once, at app build time. Escaping stays on (the Handlebars default):
 * only helpers that escape their input themselves return SafeStrings. `strict` makes a view
 * that names a field its model lacks throw, so a typo fails a test instead of showing blank.
 *
 * @example const views = loadViews(); res.send(views.page('check', model));
 */
export function loadViews(helpers: Record<string, Handlebars.HelperDelegate>, dir = VIEWS_DIR): Views {
  if (!existsSync(join(dir, 'layout.hbs'))) throw new Error(`Rumor Desk views not found in ${dir}`);
  const hbs = Handlebars.create();
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper);
  for (const [name, source] of readTemplates(join(dir, 'partials'))) hbs.registerPartial(name, source);
  const options = { strict: true };
  const layout = hbs.compile(readFileSync(join(dir, 'layout.hbs'), 'utf8'), options);
  const pages = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of readTemplates(join(dir, 'pages'))) pages.set(name, hbs.compile(source, options));
  return {
    page(name, model) {
      const page = pages.get(name);
      if (!page) throw new Error(`No view named ${name}`);
      return layout({ ...model, body: new hbs.SafeString(page(model)) });
    },
  };
}
