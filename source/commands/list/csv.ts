// CSV as RFC 4180 writes it (CRLF line ends, fields quoted when they hold a quote, comma
// or line break, quotes doubled), made safe to open in a spreadsheet: a cell starting
// with = + - @ (or a tab or carriage return) would run as a formula, so it gets a leading
// apostrophe, as OWASP's CSV-injection advice says. Run data comes from documents and
// their metadata: from whoever sent the document, so never trusted.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field, defused and quoted as needed. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, ending in CRLF. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
