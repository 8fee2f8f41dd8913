// The CSV routes, read back with an RFC 4180 parser and compared with the JSON they mirror.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { toCsv, type Column } from '../../worker/csv';
import { parseCsv } from './parse-csv';

const get = (path: string) => exports.default.fetch(new Request(`https://atlas.example${path}`));

async function table(path: string): Promise<Record<string, string>[]> {
  const [header, ...rows] = parseCsv(await (await get(path)).text());
  for (const row of rows) expect(row).toHaveLength(header.length);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

interface Agreement {
  id: string;
  partner: { name: string; iso2: string | null; isoNumeric: string | null };
  signed: string | null;
  binding: boolean | null;
  notes: string | null;
  sources: { url: string }[];
}

describe('GET /api/v1/agreements.csv', () => {
  it('is a UTF-8 CSV download named with the dataset version', async () => {
    const response = await get('/api/v1/agreements.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    const { meta } = (await (await get('/api/v1/agreements')).json()) as { meta: { version: string } };
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="cmaa-agreements-${meta.version}.csv"`);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('ETag')).toMatch(/^W\//);
  });

  it('has a header of flattened fields', async () => {
    const [header] = parseCsv(await (await get('/api/v1/agreements.csv')).text());
    expect(header).toEqual([
      'id', 'partner.name', 'partner.iso2', 'partner.iso3', 'partner.isoNumeric', 'partner.type', 'partner.dissolved', 'signed', 'signedPlace',
      'inForce', 'status', 'binding', 'signatories.us', 'signatories.partner', 'successorTo', 'supersededBy', 'sources',
      'sourceCount', 'confidence', 'notes',
    ]);
  });

  it('holds the same rows and values as the JSON, with the same filters', async () => {
    for (const query of ['', '?status=all', '?asOf=2000-01-01', '?q=paraguay&status=all']) {
      const json = ((await (await get(`/api/v1/agreements${query}`)).json()) as { agreements: Agreement[] }).agreements;
      const csv = await table(`/api/v1/agreements.csv${query}`);
      expect(csv.map((r) => r.id)).toEqual(json.map((a) => a.id));
      json.forEach((a, i) => {
        expect(csv[i]['partner.name']).toBe(a.partner.name);
        expect(csv[i]['partner.iso2']).toBe(a.partner.iso2 ?? '');
        expect(csv[i]['partner.isoNumeric']).toBe(a.partner.isoNumeric ?? '');
        expect(csv[i].signed).toBe(a.signed ?? '');
        expect(csv[i].binding).toBe(a.binding === null ? '' : String(a.binding));
        expect(csv[i].notes).toBe(a.notes ?? '');
        expect(csv[i].sources).toBe(a.sources.map((s) => s.url).join(' | '));
        expect(csv[i].sourceCount).toBe(String(a.sources.length));
      });
    }
  });

  it('writes signatories as "Name (Title); Name (Title)"', async () => {
    const [ukraine] = await table('/api/v1/agreements.csv?q=ukraine');
    expect(ukraine['signatories.us']).toBe('R. Gil Kerlikowske (Commissioner, U.S. Customs and Border Protection)');
    expect(ukraine['signatories.partner']).toBe('Roman Nasirov (Head of the State Fiscal Service of Ukraine)');
  });

  it('keeps only the columns of the chosen fields', async () => {
    const [header] = parseCsv(await (await get('/api/v1/agreements.csv?fields=sources,signed')).text());
    expect(header).toEqual(['id', 'signed', 'sources', 'sourceCount']);
  });

  it('answers a bad parameter with the same 400 problem as the JSON', async () => {
    const response = await get('/api/v1/agreements.csv?status=active');
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('Content-Disposition')).toBeNull();
  });
});

describe('GET /api/v1/mras.csv', () => {
  it('mirrors /api/v1/mras, programs flattened', async () => {
    const response = await get('/api/v1/mras.csv?q=korea');
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="cmaa-mras-\d{4}\.\d{2}\.\d{2}(\.\d+)?\.csv"$/);
    const rows = await table('/api/v1/mras.csv?q=korea');
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual([
      'id', 'partner.name', 'partner.iso2', 'partner.iso3', 'partner.isoNumeric', 'partner.type', 'partner.dissolved', 'signed', 'signedPlace',
      'programs.us', 'programs.partner', 'sources', 'sourceCount', 'notes',
    ]);
    expect(rows[0]['programs.us']).toBe('C-TPAT');
  });
});

describe('toCsv', () => {
  const columns: Column[] = [
    { name: 'text', field: 'text', schema: { type: 'string' }, value: (r) => r.text },
    { name: 'flag', field: 'flag', schema: { type: ['boolean', 'null'] }, value: (r) => r.flag },
  ];

  it('quotes what RFC 4180 says to quote, doubles quotes, and ends every line with CRLF', () => {
    const text = toCsv(columns, [
      { text: 'plain', flag: true },
      { text: 'a, b', flag: false },
      { text: 'say "hi"', flag: null },
      { text: 'two\nlines', flag: null },
      { text: 'Côte d’Ivoire', flag: null },
    ]);
    expect(text).toBe('text,flag\r\nplain,true\r\n"a, b",false\r\n"say ""hi""",\r\n"two\nlines",\r\nCôte d’Ivoire,\r\n');
    expect(parseCsv(text)[4]).toEqual(['two\nlines', '']);
  });
});
