import { bindWithPreset, type ColumnPreset } from './presets';
import { feedDelimitedLine, newDelimitedState } from './delimited-line';
import { DELIMITERS, findHeader } from './sniff-table';
import { isWhatsAppLine } from './read-whatsapp';
import type { ConcreteFormat } from './reader-types';

const BY_EXTENSION: Record<string, ConcreteFormat> = {
  csv: 'csv', tsv: 'tsv', tab: 'tsv', jsonl: 'jsonl', ndjson: 'jsonl', jsonlines: 'jsonl', txt: 'text',
};

/**
 * Picks the format of an input from its file name and its first lines. A `.txt` (or unnamed)
 * input whose first line is a WhatsApp message header is a WhatsApp chat. The extension decides
 * for `.csv .tsv .tab .jsonl .ndjson .txt`; `.json` and unnamed input (stdin) are sniffed:
 * `[` opens a JSON array; a first line that is a whole JSON object means JSON Lines (or paged X v2
 * responses one per line, if it has `data` and `includes`/`meta`), unless it is the only line (a
 * compact JSON document); an object spread over lines is
 * an X v2 response when `"data"` appears with `"includes"` or `"meta"`, else a JSON document;
 * a line (the header, possibly under a report preamble) that splits by comma, semicolon, tab or
 * pipe into cells naming a text column is CSV (TSV for tab); else a tab-separated first line is
 * TSV; anything else is plain text, one claim a line.
 *
 * @example detectFormat(['id,message,likes', '1,Bridge closed,3'], 'posts.dat', {}) // 'csv'
 */
export function detectFormat(sample: readonly string[], fileName: string | undefined, map: Record<string, string>, preset: ColumnPreset | null = null): ConcreteFormat {
  const ext = fileName ? /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() : undefined;
  const firstLine = sample.find((l) => l.trim() !== '') ?? '';
  if ((ext === undefined || ext === 'txt') && isWhatsAppLine(firstLine)) return 'whatsapp';
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  const first = sample.find((l) => l.trim() !== '')?.trim() ?? '';
  if (first.startsWith('[')) return 'json';
  if (first.startsWith('{')) {
    let whole: unknown;
    try {
      whole = JSON.parse(first);
    } catch {
      const joined = sample.join('\n');
      return /"data"\s*:/.test(joined) && /"(includes|meta)"\s*:/.test(joined) ? 'x-v2' : 'json';
    }
    const o = whole as Record<string, unknown>;
    if ('data' in o && ('includes' in o || 'meta' in o)) return 'x-v2';
    // A whole document on one line (an API response saved as it came: Bluesky's searchPosts,
    // a YouTube or Reddit listing, Telegram's result.json) holds its posts in a list; the
    // document reader finds them there, and reads a lone post object as well.
    return sample.filter((l) => l.trim() !== '').length === 1 ? 'json' : 'jsonl';
  }
  const header = findHeader(sample, DELIMITERS, map, preset);
  if (header) return header.delimiter === '\t' ? 'tsv' : 'csv';
  if (first.includes('\t') && headerFields(first, '\t').length >= 2) return 'tsv';
  if (first.includes(',')) {
    const fields = headerFields(first, ',');
    // Strict binding would throw on a --map column that is not there; that only means "not CSV" here.
    if (bindWithPreset(fields, map, false, preset).binding.text !== undefined) return 'csv';
  }
  return 'text';
}

function headerFields(line: string, delimiter: string): string[] {
  const state = newDelimitedState();
  return feedDelimitedLine(state, line, delimiter) === 'complete' ? state.fields.map((f) => f.trim()) : [];
}
