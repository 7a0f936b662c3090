/**
 * Escapes text for HTML element content and attribute values (`& < > " '`).
 *
 * @param text - any string from input data
 * @returns the string with HTML's special characters replaced by entities
 * @category Text
 * @example
 * ```ts
 * escapeHtml('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Makes a value safe to write into a spreadsheet cell (XLSX or CSV): text that a spreadsheet
 * program would take as a formula (starting with `=`, `+`, `-`, `@`, or a tab or carriage return
 * before one of them) gets a leading apostrophe, as OWASP advises against CSV injection.
 *
 * @param text - the cell text
 * @returns the text, prefixed with `'` when it could be read as a formula
 * @category Text
 * @example
 * ```ts
 * escapeSpreadsheetCell('=HYPERLINK("http://x","y")'); // "'=HYPERLINK(\"http://x\",\"y\")"
 * escapeSpreadsheetCell('已完成'); // '已完成'
 * ```
 */
export function escapeSpreadsheetCell(text: string): string {
  return /^[\t\r]*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
