import path from 'path';
import type { Db } from '../../../src/store/database';
import { SummaryRepo } from '../../../src/store/summary-repo';
import { loadSummaryTemplates } from '../../../src/render/summary-templates';
import { createWeeklySummary, renderSummary, type SummaryFormat } from '../../../src/usecases/summary';
import type { Summary } from '../../../src/core/summary';
import { FIXTURE_NOW, FIXTURE_TZ } from '../../fixtures/summary/summary-fixture';

export const GOLDEN_DIR = path.resolve(__dirname, '../../fixtures/summary');
export const templates = loadSummaryTemplates();

/** The use case as the composition root will wire it, on a fixture database. */
export function summarizer(db: Db, now: Date = FIXTURE_NOW) {
  return createWeeklySummary({
    store: new SummaryRepo(db),
    clock: () => now,
    defaultTimezone: () => FIXTURE_TZ,
    privacy: () => ({ allowedNames: [], publicHandles: ['@RidgeportPD'] }),
  });
}

export function renderAll(summary: Summary): Record<SummaryFormat, string> {
  const options = { department: 'Ridgeport Police Department' };
  return {
    md: renderSummary(summary, 'md', templates, options),
    html: renderSummary(summary, 'html', templates, options),
    json: renderSummary(summary, 'json', templates, options),
  };
}
