/** Plain-text table: the readable default output of list commands. */
export function table(headers: string[], rows: (string | number | null)[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null ? '' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => Math.min((r[i] ?? '').length, 60))));
  const line = (r: string[]) =>
    r
      .map((c, i) => {
        const text = c.length > 60 ? c.slice(0, 59) + '…' : c;
        return text.padEnd(widths[i] ?? 0);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
