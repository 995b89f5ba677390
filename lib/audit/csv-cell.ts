/**
 * One CSV field (RFC 4180): quoted when it holds a separator, quote or line break. A value a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe:
 * audit details hold text that customers typed.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
