/**
 * CSV as Dutch Excel opens it without an import wizard: semicolon-separated (the comma is the
 * decimal separator in nl-NL), UTF-8 with a byte-order mark (else Excel reads it as Windows-1252 and
 * "Afstemming opleiding–werkveld" garbles), CRLF line ends, decimal comma. Cells that start with
 * = + - @ are prefixed with ' so a name can never run as a formula (CSV injection).
 * Shared by every feature that exports a table (mentor-team hours, placements, the regiegroep dashboard).
 */
const BOM = '\uFEFF';

function cell(value: string | number): string {
  // Numbers go out as String(n): callers format fractions themselves (decimalComma, hoursWithComma).
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (row: (string | number)[]) => row.map(cell).join(';');

export function toCsv(rows: (string | number)[][]): string {
  return BOM + rows.map(line).join('\r\n') + '\r\n';
}

/**
 * A large file written a part at a time (decision 101): each part's rows with CRLF after every line, the
 * parts joined after the BOM. `csvFromParts([csvLines(a), csvLines(b)])` is exactly `toCsv([...a, ...b])`.
 */
export function csvLines(rows: (string | number)[][]): string {
  return rows.map((row) => `${line(row)}\r\n`).join('');
}

export const csvFromParts = (parts: string[]): string => BOM + parts.join('');

/** 12.5 → "12,5"; whole numbers stay as they are; at most `digits` decimals. */
export function decimalComma(value: number, digits = 2): string {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return String(rounded).replace('.', ',');
}

/** 90 minutes → "1,50". */
export function hoursWithComma(minutes: number): string {
  return (minutes / 60).toFixed(2).replace('.', ',');
}
