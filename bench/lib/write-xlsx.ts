import ExcelJS from 'exceljs';

export interface SheetSpec {
  name: string;
  rows: Iterable<unknown[]>;
}

/**
 * Writes an .xlsx workbook with exceljs's streaming writer (rows are committed as they come, so a
 * million-row sheet never sits in memory). Shared strings as Excel itself writes them.
 *
 * @example await writeXlsx('/tmp/a.xlsx', [{name: 'Mentions', rows: [['Date', 'Full Text'], [new Date(), 'hi']]}])
 */
export async function writeXlsx(file: string, sheets: SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) {
      const added = sheet.addRow(row);
      for (const cell of row.keys()) if (row[cell] instanceof Date) added.getCell(cell + 1).numFmt = 'yyyy-mm-dd hh:mm:ss';
      added.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}
