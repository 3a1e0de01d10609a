/**
 * OWASP "CSV Injection": a cell that Excel, LibreOffice or Google Sheets would run as a formula (it starts
 * with = + - @, tab or CR) is written with a leading apostrophe, which spreadsheets show as text. The CSV
 * export escapes, the importer unescapes, so our own export reads back to the same names. A value that
 * already starts with apostrophes before such a character gains one more on the way out, so the importer's
 * one stripped apostrophe always gives the value back (`'=x` ↔ `''=x`).
 */

/** Apostrophes (none or more) and then a character a spreadsheet reads as the start of a formula. */
const ESCAPED_OR_FORMULA = /^'*[=+\-@\t\r]/;
/** One apostrophe in front of what the writer escapes. */
const ESCAPE = /^'(?='*[=+\-@\t\r])/;

/** The cell as written: a leading apostrophe where a spreadsheet would see a formula. */
export function escapeFormulaCell(value: string): string {
  return ESCAPED_OR_FORMULA.test(value) ? `'${value}` : value;
}

/**
 * The cell as read: the writer's apostrophe removed. A spreadsheet that saves the CSV again drops the
 * apostrophe itself, and `=1+1` then reads as `=1+1`, the same value.
 */
export function unescapeFormulaCell(value: string): string {
  return value.replace(ESCAPE, '');
}
