/** Streaming readers that turn post exports into canonical rows and rejects (issue 7). */
export { readPosts } from './read-posts';
export { parseMapOption, CANONICAL_FIELDS } from './column-map';
export { formatRejectLine, REJECTS_HEADER, REJECTS_CSV_HEADER } from './rejects-csv';
export { detectFormat } from './detect-format';
export { INPUT_FORMATS, DEFAULT_MAX_FIELD_BYTES } from './reader-types';
export type { InputFormat, ReadOptions, ReaderItem, ReaderRow, ReaderReject } from './reader-types';
