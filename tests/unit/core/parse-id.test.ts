import { parseId } from '../../../src/usecases/validation';

describe('parseId: an id is a positive whole number, as a number or a string of digits', () => {
  it.each([[7, 7], ['7', 7], [' 42 ', 42], ['9007199254740991', Number.MAX_SAFE_INTEGER]])('%j → %d', (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });

  // Number() reads every one of these as an id of some other record.
  it.each([true, [2], '0x0A', '1e1', '', ' ', '7.0', 7.5, 0, -3, '9007199254740993', null, undefined, { id: 1 }, NaN])('refuses %j', (raw) => {
    expect(() => parseId(raw, 'cluster')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/^Invalid cluster: cluster: must be a/) }));
  });
});
