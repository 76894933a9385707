// CSV for spreadsheets: RFC 4180 quoting, CRLF rows, and cells a spreadsheet would run as a formula defused.

/** Prefixes a cell that a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return). */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One field: quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : defuse(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
