/** One row of an import file with the line it starts on. */
export interface ImportRow {
  line: number;
  value: unknown;
}

/** Why a row of an import file was refused, and on which line it starts. */
export interface RowProblem {
  line: number;
  reason: string;
}
