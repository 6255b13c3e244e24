/** A cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ first. */
const FORMULA_START = /^[=+\-@]/;
/** A plain signed number is read as a number, never run, and must stay as it is (ids, scores). */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading quote makes the spreadsheet show the text instead of evaluating it.
  const safe = typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One RFC 4180 CSV line ending in `\n`: fields with commas, quotes or line breaks are quoted,
 * quotes doubled, and text that a spreadsheet would run as a formula is defused with a
 * leading `'` (and quoted). The one CSV writer for every file the desk writes (score output,
 * rejects).
 *
 * @example csvLine([7, 'a, b', '=HYPERLINK("x")', null]) // '7,"a, b","\'=HYPERLINK(""x"")",\n'
 */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(cell).join(',') + '\n';
}
