/** The fields of one delimited record, filled line by line (a quoted field may span lines). */
export interface DelimitedState {
  fields: string[];
  field: string;
  inQuotes: boolean;
  chars: number;
}

export type LineOutcome = 'complete' | 'open' | { error: string };

export function newDelimitedState(): DelimitedState {
  return { fields: [], field: '', inQuotes: false, chars: 0 };
}

const QUOTE = '"';

/**
 * Adds one physical line to a record, RFC 4180 style: a field that starts with `"` is quoted,
 * `""` inside it is a quote, and it may run over line breaks (`open`). A quote inside an unquoted
 * field is kept as text (`5" screen`), as spreadsheet exports do. A closing quote followed by
 * anything but the delimiter or the line end is an error, because it usually means the opening
 * quote was stray and the lines after it are separate records.
 *
 * @example const s = newDelimitedState(); feedDelimitedLine(s, 'a,"b ""c""",d', ','); s.fields // ['a', 'b "c"', 'd']
 */
export function feedDelimitedLine(state: DelimitedState, line: string, delimiter: string): LineOutcome {
  let i = 0;
  state.chars += line.length + 1;
  if (state.inQuotes) state.field += '\n';
  for (;;) {
    if (state.inQuotes) {
      const q = line.indexOf(QUOTE, i);
      if (q === -1) {
        state.field += line.slice(i);
        return 'open';
      }
      state.field += line.slice(i, q);
      if (line[q + 1] === QUOTE) {
        state.field += QUOTE;
        i = q + 2;
        continue;
      }
      state.inQuotes = false;
      i = q + 1;
      if (i === line.length) {
        state.fields.push(state.field);
        state.field = '';
        return 'complete';
      }
      if (line[i] !== delimiter) return { error: `invalid closing quote: text after a quoted field at column ${state.fields.length + 1}` };
      state.fields.push(state.field);
      state.field = '';
      i += 1;
      continue;
    }
    // At the start of a field.
    if (line[i] === QUOTE) {
      state.inQuotes = true;
      i += 1;
      continue;
    }
    const d = line.indexOf(delimiter, i);
    if (d === -1) {
      state.fields.push(line.slice(i));
      return 'complete';
    }
    state.fields.push(line.slice(i, d));
    i = d + 1;
  }
}
