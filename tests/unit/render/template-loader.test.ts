import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { DRAFT_KINDS, DRAFT_PLATFORMS } from '../../../src/core/drafts';
import { loadTemplates, unknownFields, REPRESENTATIVE_DRAFT_CONTEXT } from '../../../src/render';

const BUILT_IN = path.resolve(__dirname, '../../../templates/drafts');

function overrideDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rumordesk-templates-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loadTemplates', () => {
  it('loads every built-in kind x platform', () => {
    const t = loadTemplates([BUILT_IN]);
    expect(Object.keys(t.origins).sort()).toEqual(DRAFT_KINDS.flatMap((k) => DRAFT_PLATFORMS.map((p) => `${k}.${p}`)).sort());
    expect(t.render('correction', 'x', REPRESENTATIVE_DRAFT_CONTEXT)).toContain(REPRESENTATIVE_DRAFT_CONTEXT.link);
  });

  it('lets a later directory override a template and keeps the rest', () => {
    const dir = overrideDir({ 'correction.sms.hbs': 'RPD: {{fact}} {{link}}' });
    const t = loadTemplates([BUILT_IN, dir]);
    expect(t.render('correction', 'sms', REPRESENTATIVE_DRAFT_CONTEXT)).toBe(
      `RPD: ${REPRESENTATIVE_DRAFT_CONTEXT.fact} ${REPRESENTATIVE_DRAFT_CONTEXT.link}`,
    );
    expect(t.origins['correction.sms']).toBe(path.join(dir, 'correction.sms.hbs'));
    expect(t.origins['correction.x']).toBe(path.join(BUILT_IN, 'correction.x.hbs'));
  });

  it('does not HTML-escape plain-text drafts', () => {
    const dir = overrideDir({ 'correction.sms.hbs': '{{fact}}' });
    const t = loadTemplates([BUILT_IN, dir]);
    expect(t.render('correction', 'sms', { ...REPRESENTATIVE_DRAFT_CONTEXT, fact: 'Fire & rescue "safe"' })).toBe('Fire & rescue "safe"');
  });

  it('names the template and the unknown field, even inside a branch that does not run', () => {
    const dir = overrideDir({ 'holding.x.hbs': '{{#if evidence}}ok{{else}}{{victimName}}{{/if}} {{link}}' });
    expect(() => loadTemplates([BUILT_IN, dir])).toThrow(
      expect.objectContaining({ code: 'TEMPLATE_INVALID', message: expect.stringMatching(/"holding\.x".*unknown field "victimName"/) }),
    );
  });

  it('names a missing template and rejects an unknown template name', () => {
    expect(() => loadTemplates([overrideDir({ 'correction.x.hbs': '{{fact}}' })])).toThrow(/Template "correction\.facebook" is missing/);
    expect(() => loadTemplates([BUILT_IN, overrideDir({ 'corection.x.hbs': '{{fact}}' })])).toThrow(/"corection\.x".*not a known draft template/);
  });

  it('reports an unknown helper found when rendering', () => {
    const dir = overrideDir({ 'correction.x.hbs': '{{shout fact}}' });
    expect(() => loadTemplates([BUILT_IN, dir])).toThrow(/"correction\.x".*fails to render/);
  });

  it('throws TEMPLATE_INVALID for a missing directory', () => {
    expect(() => loadTemplates([path.join(os.tmpdir(), 'no-such-rumordesk-dir')])).toThrow(expect.objectContaining({ code: 'TEMPLATE_INVALID' }));
  });
});

describe('unknownFields', () => {
  it('checks dotted paths and helper arguments but not fields inside #each', () => {
    const known = new Set(['fact', 'department', 'department.name']);
    expect(unknownFields('{{department.nme}} {{upperFirst facts}} {{#each department}}{{anything}}{{/each}}', known, new Set(['upperFirst']))).toEqual([
      { field: 'department.nme', line: 1 },
      { field: 'facts', line: 1 },
    ]);
  });
});
