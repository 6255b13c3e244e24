import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { composeDraft, DRAFT_KINDS, DRAFT_PLATFORMS } from '../../../src/core/drafts';
import { loadTemplates } from '../../../src/render';
import { baseInput } from '../../fixtures/drafts/draft-inputs';

const GOLDEN_DIR = path.resolve(__dirname, '../../fixtures/drafts');
const templates = loadTemplates([path.resolve(__dirname, '../../../templates/drafts')]);

/*
 * One golden file per kind x platform. To accept intended changes run
 * `UPDATE_GOLDEN=1 npx jest tests/unit/drafts/golden-drafts` and review the diff.
 */
describe.each(DRAFT_KINDS)('golden drafts: %s', (kind) => {
  it.each(DRAFT_PLATFORMS)('%s', (platform) => {
    const draft = composeDraft({ ...baseInput, kind, platform }, templates);
    const actual = `${draft.text}\n---\nlength ${draft.length}/${draft.limit} shortened=${draft.shortened}\n`;
    const file = path.join(GOLDEN_DIR, `${kind}.${platform}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
    expect(draft.withinLimit).toBe(true);
    expect(draft.text).toContain(baseInput.statement?.url ?? '');
    expect(draft.text).not.toMatch(/Jamal|Whitaker|312-555-0142/);
  });
});
