import { existsSync, readFileSync, statSync } from 'fs';
import path from 'path';
import Handlebars from 'handlebars';
import { RumorDeskError } from '../core/errors';
import { SAMPLE_SUMMARY, summaryView, type SummaryView } from '../core/summary';

/** The built-in summary templates (also right from dist/render, two levels below the root). */
export const SUMMARY_TEMPLATE_DIR = path.resolve(__dirname, '../../templates/summary');

export interface LoadedSummaryTemplates {
  md(view: SummaryView): string;
  html(view: SummaryView): string;
  /** The file each format was taken from, after overrides. */
  origins: { md: string; html: string };
}

const FILES = { md: 'summary.md.hbs', html: 'summary.html.hbs' } as const;

function invalid(message: string): RumorDeskError {
  return new RumorDeskError('TEMPLATE_INVALID', message);
}

function pick(format: keyof typeof FILES, baseDir: string, overrideDir: string | undefined): string {
  const override = overrideDir ? path.join(overrideDir, FILES[format]) : null;
  if (override && existsSync(override)) return override;
  const base = path.join(baseDir, FILES[format]);
  if (!existsSync(base)) throw invalid(`Summary template "${FILES[format]}" is missing from ${baseDir}.`);
  return base;
}

/**
 * Compiles one template and renders it once against a full sample and an empty sample, so a
 * misspelt field in a department's copy fails at start-up (strict mode), not on Monday.
 */
function compile(format: keyof typeof FILES, file: string): (view: SummaryView) => string {
  // Markdown goes to e-mail as text: Handlebars' HTML escaping would print "&amp;". The view
  // escapes Markdown syntax itself (the `.md` fields). HTML keeps Handlebars' escaping on.
  const options = format === 'md' ? { strict: true, noEscape: true } : { strict: true };
  let template: HandlebarsTemplateDelegate<SummaryView>;
  try {
    template = Handlebars.create().compile<SummaryView>(readFileSync(file, 'utf8'), options);
    const sample = summaryView(SAMPLE_SUMMARY, 'Sample Department');
    template(sample);
    template({ ...sample, empty: true, emptyMessage: 'No rumor activity was recorded in 2026-W47.' });
  } catch (err) {
    throw invalid(`Summary template ${file} does not render: ${(err as Error).message}`);
  }
  return (view) => template(view);
}

/**
 * Loads `summary.md.hbs` and `summary.html.hbs` from `templates/summary`, each replaced by the
 * file of the same name in `overrideDir` when a department keeps its own there.
 * Throws RumorDeskError('TEMPLATE_INVALID') for a missing directory or a template that fails.
 *
 * @example loadSummaryTemplates('/etc/rumordesk/templates/summary').html(summaryView(summary, 'Ridgeport PD'))
 */
export function loadSummaryTemplates(overrideDir?: string, baseDir: string = SUMMARY_TEMPLATE_DIR): LoadedSummaryTemplates {
  if (overrideDir !== undefined && (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory())) {
    throw invalid(`Summary template directory "${overrideDir}" does not exist.`);
  }
  const md = pick('md', baseDir, overrideDir);
  const html = pick('html', baseDir, overrideDir);
  return { md: compile('md', md), html: compile('html', html), origins: { md, html } };
}
