import ExcelJS from 'exceljs';

export type Sheet = { name: string; rows: (string | number)[][] };

/** A workbook with a bold, frozen header row per sheet and columns wide enough for their text, as base64. */
export async function workbookBase64(sheets: Sheet[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Werkplaats';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of sheet.rows) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
    const widths = (sheet.rows[0] ?? []).map((_, c) =>
      Math.min(40, Math.max(10, ...sheet.rows.map((r) => String(r[c] ?? '').length + 2))),
    );
    ws.columns.forEach((column, c) => {
      column.width = widths[c] ?? 12;
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer).toString('base64');
}
