/** One RFC 4180 CSV line: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return (
    fields
      .map((f) => {
        if (f === null || f === undefined) return '';
        const text = String(f);
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(',') + '\n'
  );
}
