// The /api/v1/agreements routes, called as a client would, inside workerd.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const origin = 'https://atlas.example';
const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(origin + path, init));

interface Agreement {
  id: string;
  status: string;
  signed: string | null;
  partner: { iso2: string | null; iso3: string | null };
  signatories: { us: { name: string }[]; partner: { name: string }[] };
}
interface ListBody {
  meta: { count: number; version: string; updated: string; asOf: string | null; status: string[] };
  agreements: Agreement[];
}
interface Problem { type: string; title: string; status: number; detail: string }

async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  const body = (await response.json()) as Problem;
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  return body;
}

describe('GET /api/v1/agreements', () => {
  it('answers JSON with meta and the current agreements, Ukraine among them', async () => {
    const response = await get('/api/v1/agreements');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await response.json()) as ListBody;
    expect(body.meta.count).toBe(body.agreements.length);
    expect(body.meta.version).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
    expect(body.meta.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.agreements.some((a) => a.status === 'superseded')).toBe(false);
    const ukraine = body.agreements.find((a) => a.id === 'ukr');
    expect(ukraine?.signed).toBe('2016-05-23');
  });

  it('sends CORS, ETag and Cache-Control headers', async () => {
    const response = await get('/api/v1/agreements', { headers: { Origin: 'https://elsewhere.example' } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('ETag')).toMatch(/^W\/".+"$/);
    expect(response.headers.get('Cache-Control')).toMatch(/max-age=\d+/);
  });

  it('answers a CORS preflight', async () => {
    const response = await get('/api/v1/agreements', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('answers 304 Not Modified to a matching If-None-Match', async () => {
    const first = await get('/api/v1/agreements');
    const tag = first.headers.get('ETag')!;
    const second = await get('/api/v1/agreements', { headers: { 'If-None-Match': tag } });
    expect(second.status).toBe(304);
    expect(second.headers.get('ETag')).toBe(tag);
    expect(await second.text()).toBe('');
    const other = await get('/api/v1/agreements', { headers: { 'If-None-Match': 'W/"something-else"' } });
    expect(other.status).toBe(200);
  });

  it('filters by asOf: the network on that date', async () => {
    const before = (await (await get('/api/v1/agreements?asOf=2016-05-22')).json()) as ListBody;
    expect(before.meta.asOf).toBe('2016-05-22');
    expect(before.agreements.map((a) => a.id)).not.toContain('ukr');
    expect(before.agreements.every((a) => a.signed === null || a.signed <= '2016-05-22')).toBe(true);
    const on = (await (await get('/api/v1/agreements?asOf=2016-05-23')).json()) as ListBody;
    expect(on.agreements.map((a) => a.id)).toContain('ukr');
    expect(on.meta.count).toBeGreaterThan(before.meta.count);
  });

  it("lists today's network by default: no former state's agreement, and meta says so", async () => {
    const body = (await (await get('/api/v1/agreements')).json()) as ListBody & { meta: { scope: string } };
    const ids = body.agreements.map((a) => a.id);
    expect(body.meta.scope).toBe('network');
    expect(ids).toContain('ukr');
    expect(ids).not.toContain('su-1990');
    expect(ids).not.toContain('cs-1991');
    expect(body.agreements.every((a) => a.status !== 'superseded')).toBe(true);
    const csv = await (await get('/api/v1/agreements.csv')).text();
    expect(csv.split('\r\n').filter((line) => line !== '').length).toBe(body.meta.count + 1);
  });

  it.each([
    ['1991-06-01', ['su-1990', 'cs-1991'], []],
    ['1991-12-26', ['su-1990', 'cs-1991'], []],
    ['1991-12-27', ['cs-1991'], ['su-1990']],
    ['1992-12-31', ['cs-1991'], ['su-1990']],
    ['1993-01-01', [], ['su-1990', 'cs-1991']],
  ])("shows a former state's agreement on %s only until the state dissolved", async (day, present, absent) => {
    const ids = ((await (await get(`/api/v1/agreements?asOf=${day}`)).json()) as ListBody).agreements.map((a) => a.id);
    for (const id of present) expect(ids).toContain(id);
    for (const id of absent) expect(ids).not.toContain(id);
  });

  it('keeps the former states\' records by code, with status=all, and with a status alone (scope: records)', async () => {
    expect((await get('/api/v1/agreements/su-1990')).status).toBe(200);
    expect((await get('/api/v1/agreements/cs-1991')).status).toBe(200);
    const all = (await (await get('/api/v1/agreements?status=all')).json()) as ListBody & { meta: { scope: string } };
    expect(all.meta.scope).toBe('records');
    expect(all.agreements.map((a) => a.id)).toEqual(expect.arrayContaining(['su-1990', 'cs-1991', 'pry-2002']));
    const signed = (await (await get('/api/v1/agreements?status=signed')).json()) as ListBody;
    expect(signed.agreements.map((a) => a.id)).toContain('su-1990');
  });

  it('filters by status, repeated or comma-separated as a union', async () => {
    const signed = (await (await get('/api/v1/agreements?status=signed')).json()) as ListBody;
    expect(signed.agreements.length).toBeGreaterThan(0);
    expect(signed.agreements.every((a) => a.status === 'signed')).toBe(true);
    const all = (await (await get('/api/v1/agreements?status=all')).json()) as ListBody;
    const both = (await (await get('/api/v1/agreements?status=signed&status=in-force,superseded')).json()) as ListBody;
    expect(both.meta.count).toBe(all.meta.count);
    const current = (await (await get('/api/v1/agreements')).json()) as ListBody;
    expect(all.meta.count).toBeGreaterThanOrEqual(current.meta.count);
  });

  it.each([
    ['/api/v1/agreements?asOf=2016-13-01', /asOf must be a real date as YYYY-MM-DD/],
    ['/api/v1/agreements?asOf=2016-02-30', /asOf must be a real date/],
    ['/api/v1/agreements?asOf=yesterday', /asOf must be a real date/],
    ['/api/v1/agreements?asOf=2016-01-01&asOf=2017-01-01', /asOf may be given once/],
    ['/api/v1/agreements?status=active', /status must be one or more of in-force, signed, superseded, all/],
    ['/api/v1/agreements?country=UA', /Unknown parameter "country". Accepted: asOf, status, q, fields, version\./],
    ['/api/v1/agreements?q=peru&q=chile', /q may be given once/],
    ['/api/v1/agreements?q=%20', /q must be a name or code of 1 to 100 characters/],
    [`/api/v1/agreements?q=${'x'.repeat(101)}`, /q must be a name or code of 1 to 100 characters; got "x{39}…"/],
    ['/api/v1/agreements?fields=partner,colour', /fields must be top-level field names among id, partner, signed, .*, notes; got "colour"/],
    ['/api/v1/agreements?fields=', /fields must be top-level field names/],
  ])('answers 400 problem+json to %s', async (path, detail) => {
    const body = await problemOf(await get(path), 400);
    expect(body.detail).toMatch(detail);
  });

  it('names each fault and the accepted parameters in the problem', async () => {
    const body = (await problemOf(await get('/api/v1/agreements?asOf=x&colour=red'), 400)) as Problem & {
      invalidParams: { name: string; reason: string }[];
      acceptedParams: string[];
    };
    expect(body.type).toBe('/api/#problem-invalid-parameter');
    expect(body.invalidParams.map((p) => p.name)).toEqual(['asOf', 'colour']);
    expect(body.acceptedParams).toEqual(['asOf', 'status', 'q', 'fields', 'version']);
    expect(body.detail).toMatch(/^Unknown parameter "colour"\. Accepted: asOf, status, q, fields, version\. asOf must be a real date/);
  });

  it('reports the filters applied in meta, statuses in a fixed order', async () => {
    const body = (await (await get('/api/v1/agreements?status=superseded,in-force&q=Peru&fields=signed')).json()) as ListBody & {
      meta: { q: string; fields: string[] };
    };
    expect(body.meta).toMatchObject({ asOf: null, status: ['in-force', 'superseded'], q: 'Peru', fields: ['id', 'signed'] });
    const reordered = (await (await get('/api/v1/agreements?status=in-force&status=superseded&q=Peru&fields=signed')).json()) as ListBody;
    expect(reordered).toEqual(body);
  });
});

describe('GET /api/v1/agreements?q=', () => {
  const ids = async (query: string) =>
    ((await (await get(`/api/v1/agreements?status=all&q=${query}`)).json()) as ListBody).agreements.map((a) => a.id);

  it.each([
    ['a name, any case', 'UKRAINE', ['ukr']],
    ['part of a name', 'trinidad', ['tto']],
    ['a name with the accents a user might type', 'M%C3%A9xico', ['mex']],
    ['an ISO alpha-2 code', 'ua', ['ukr']],
    ['an ISO alpha-3 code', 'ukr', ['ukr']],
    ['an ISO numeric code', '804', ['ukr']],
    ['an agreement id', 'su-1990', ['su-1990']],
    ['both agreements of a partner', 'paraguay', ['pry', 'pry-2002']],
  ])('finds %s', async (_, query, expected) => {
    expect((await ids(query)).sort()).toEqual([...expected].sort());
  });

  it('finds nothing, not an error, for a partner without an agreement', async () => {
    const response = await get('/api/v1/agreements?q=atlantis');
    expect(response.status).toBe(200);
    expect(((await response.json()) as ListBody).meta.count).toBe(0);
  });
});

describe('GET /api/v1/agreements?fields=', () => {
  it('keeps only the chosen top-level fields, and always id', async () => {
    const body = (await (await get('/api/v1/agreements?fields=signed,partner')).json()) as { agreements: Record<string, unknown>[] };
    expect(body.agreements.length).toBeGreaterThan(50);
    for (const a of body.agreements) expect(Object.keys(a)).toEqual(['id', 'partner', 'signed']);
  });

  it('joins repeated lists', async () => {
    const body = (await (await get('/api/v1/agreements?fields=signed&fields=status')).json()) as { agreements: Record<string, unknown>[] };
    expect(Object.keys(body.agreements[0])).toEqual(['id', 'signed', 'status']);
  });

  it('applies to one agreement too', async () => {
    const body = (await (await get('/api/v1/agreements/ua?fields=signatories')).json()) as { meta: { fields: string[] }; agreement: object };
    expect(body.meta.fields).toEqual(['id', 'signatories']);
    expect(Object.keys(body.agreement)).toEqual(['id', 'signatories']);
  });
});

describe('GET /api/v1/agreements/{code}', () => {
  it.each(['ukr', 'UKR', 'ua', 'UA', 'Ukr', '804'])('finds Ukraine by %s', async (code) => {
    const response = await get(`/api/v1/agreements/${code}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const { agreement } = (await response.json()) as { agreement: Agreement };
    expect(agreement.id).toBe('ukr');
    expect(agreement.signed).toBe('2016-05-23');
    expect(agreement.signatories.us.map((s) => s.name)).toEqual(['R. Gil Kerlikowske']);
    expect(agreement.signatories.partner.map((s) => s.name)).toEqual(['Roman Nasirov']);
  });

  it.each(['zz', 'ZZZ', '999', 'x', 'united-states'])('answers 404 problem+json to %s', async (code) => {
    const body = await problemOf(await get(`/api/v1/agreements/${code}`), 404);
    expect(body.type).toBe('/api/#problem-unknown-partner');
    expect(body.detail).toContain(code);
  });
});

describe('everything else', () => {
  it('answers 404 problem+json for an unknown API route', async () => {
    expect((await problemOf(await get('/api/v2/agreements'), 404)).type).toBe('/api/#problem-not-found');
    await problemOf(await get('/api/v1/nothing-here'), 404);
    await problemOf(await get('/api/v1/agreements/ukr/extra'), 404);
  });

  it('serves the built page at /', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
  });

  it('answers 404, not the page, for a missing file', async () => {
    const response = await get('/assets/missing-file.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('id="map"');
  });
});
