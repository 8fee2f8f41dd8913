// An RFC 4180 reader for the tests that read the API's CSV back.
import { expect } from 'vitest';

/** RFC 4180: fields separated by commas, quoted where they hold a comma, a quote or a line break; CRLF ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  expect(field === '' && row.length === 0, 'the text ends with CRLF').toBe(true);
  return rows;
}
