import { PRESET_NAMES } from './presets';

/** The file formats `readPosts` reads; `auto` detects one of the others. */
export const FILE_FORMATS = ['auto', 'csv', 'tsv', 'jsonl', 'json', 'x-v2', 'text', 'xlsx', 'whatsapp'] as const;
/** Platform exports that are JSON documents: `--format` accepts their names and reads them as JSON. */
export const JSON_EXPORTS = ['telegram', 'reddit', 'bluesky', 'youtube'] as const;
export type ConcreteFormat = Exclude<(typeof FILE_FORMATS)[number], 'auto'>;
/** What `--format` accepts: a file format, or a tool's column preset (the file format is then detected). */
export const INPUT_FORMATS: readonly string[] = [...FILE_FORMATS, ...JSON_EXPORTS, ...PRESET_NAMES];
export type InputFormat = string;

/** One canonical post (the shape `postInputSchema` accepts) with the source line it began on. */
export interface ReaderRow {
  kind: 'row';
  /** 1-based line in the source where the record starts (for JSON: the line its object opens on). */
  line: number;
  row: Record<string, unknown>;
}

/** An input record that could not become a post, with why. Never stops the batch. */
export interface ReaderReject {
  kind: 'reject';
  line: number;
  reason: string;
  /** The start of the offending source text, at most 200 characters. */
  raw?: string;
}

export type ReaderItem = ReaderRow | ReaderReject;

export interface ReadOptions {
  format: InputFormat;
  /** Default platform for rows that do not name a recognised one. */
  platform?: string;
  /** Canonical field -> source column (see `parseMapOption`). */
  map?: Record<string, string>;
  /** Used only for format detection by extension. */
  fileName?: string;
  /** A field (or JSON record) larger than this many UTF-8 bytes becomes a reject. Default 1 MB. */
  maxFieldBytes?: number;
  /** `--date-order` for WhatsApp chats: dmy or mdy; detected when absent. */
  dateOrder?: 'dmy' | 'mdy';
  /** `--sheet`: the workbook sheet to read (xlsx); the first when absent. */
  sheet?: string;
  /** `--encoding`: a WHATWG encoding label that overrides detection (BOM, UTF-16 sniffing, Windows-1252 fallback). */
  encoding?: string;
  /** Told once about what the reader decided for the whole file (e.g. "read as Windows-1252"). */
  onNotice?: (message: string) => void;
}

export const DEFAULT_MAX_FIELD_BYTES = 1024 * 1024;
export const RAW_PREVIEW_CHARS = 200;

/** A reject with its raw preview cut to the documented length. */
export function reject(line: number, reason: string, raw?: string): ReaderReject {
  return raw === undefined ? { kind: 'reject', line, reason } : { kind: 'reject', line, reason, raw: raw.slice(0, RAW_PREVIEW_CHARS) };
}
