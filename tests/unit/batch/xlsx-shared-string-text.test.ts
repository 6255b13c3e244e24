import { RumorDeskError } from '../../../src/core/errors';
import { SharedStrings } from '../../../src/usecases/batch/xlsx-shared-strings';
import { sharedStringText } from '../../../src/usecases/batch/xlsx-rows';

// Seventeenth session: a sheet once came out of the on-thread reader with every cell empty, its
// shared strings unread. A missing string is a clear error, never empty text.
describe('sharedStringText', () => {
  it('gives the text of a string the table holds', () => {
    const strings = new SharedStrings();
    strings.set(0, 'Bridge closed');
    expect(sharedStringText(strings, 0, () => 'sheet "Posts", row 2')).toBe('Bridge closed');
  });

  it('refuses a string the table lacks, naming where, instead of reading it as empty', () => {
    const strings = new SharedStrings();
    strings.set(0, 'Bridge closed');
    const read = () => sharedStringText(strings, 5, () => 'sheet "Posts", row 7');
    expect(read).toThrow(RumorDeskError);
    expect(read).toThrow(/missing from the workbook's shared strings \(sheet "Posts", row 7, string 5\)/);
  });
});
