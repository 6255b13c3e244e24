// The stance file reader on small files written here (the real sets live outside the repo).
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { loadStanceFile, loadStanceSet } from '../../../bench/lib/stance-data';

const dir = mkdtempSync(join(tmpdir(), 'stance-data-'));
const lines = [
  JSON.stringify({ id: 'a', claim: 'c1', evidence: 'e1', label: 'contradicts', orig_label: 'disagree', group: 'g1' }),
  JSON.stringify({ id: 'b', claim: 'c2', evidence: 'e2' }),
  '',
].join('\n');

describe('loadStanceFile', () => {
  it('reads plain and gzipped files alike, gold fields optional', () => {
    writeFileSync(join(dir, 'x.jsonl'), lines);
    writeFileSync(join(dir, 'x.jsonl.gz'), gzipSync(lines));
    const expected = [
      { id: 'a', claim: 'c1', evidence: 'e1', label: 'contradicts', origLabel: 'disagree', group: 'g1' },
      { id: 'b', claim: 'c2', evidence: 'e2' },
    ];
    expect(loadStanceFile(join(dir, 'x.jsonl'))).toEqual(expected);
    expect(loadStanceFile(join(dir, 'x.jsonl.gz'))).toEqual(expected);
  });

  it('names the line of a pair without evidence or with an unknown label', () => {
    writeFileSync(join(dir, 'bad.jsonl'), `${JSON.stringify({ id: 'a', claim: 'c' })}\n`);
    expect(() => loadStanceFile(join(dir, 'bad.jsonl'))).toThrow(/bad\.jsonl:1: needs string fields/);
    writeFileSync(join(dir, 'label.jsonl'), `\n${JSON.stringify({ id: 'a', claim: 'c', evidence: 'e', label: 'agree' })}\n`);
    expect(() => loadStanceFile(join(dir, 'label.jsonl'))).toThrow(/label\.jsonl:2: label must be/);
  });

  it('says which file is missing and which set names exist', () => {
    expect(() => loadStanceFile(join(dir, 'none.jsonl'))).toThrow(/Missing .*none\.jsonl/);
    expect(() => loadStanceSet('fever', 'dev')).toThrow(/Unknown stance set "fever"; sets: fnc1, emergent/);
  });
});
