// One CSV field as RFC 4180 writes it, for the API's CSV and the page's downloads alike.

/** A field with a comma, quote or line break is quoted, its quotes doubled; null is an empty field. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
