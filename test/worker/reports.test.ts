// Readers' reports against the real D1 database in workerd (migrations/ applied by apply-migrations.ts): what a
// report stores and publishes, every bad input and its answer, the maintainer's token, the rate limit, and the
// database being out of reach.
import { createExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../../worker/index';
import { admit, clientKey, reportsPerMinute } from '../../worker/rate-limit';

const origin = 'https://atlas.example';
const json = { 'Content-Type': 'application/json' };
const asMaintainer = { Authorization: `Bearer ${env.MAINTAINER_TOKEN}` };

let lastAddress = 0;
/** A client address of its own for each request that does not name one, so that the rate limit stays out of the way. */
const nextAddress = () => {
  lastAddress += 1;
  return `198.18.${Math.floor(lastAddress / 250)}.${lastAddress % 250}`;
};

const call = (path: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  if (!headers.has('CF-Connecting-IP')) headers.set('CF-Connecting-IP', nextAddress());
  return exports.default.fetch(new Request(origin + path, { ...init, headers }));
};
const post = (body: unknown, headers: Record<string, string> = {}) =>
  call('/api/v1/reports', { method: 'POST', headers: { ...json, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const patch = (id: string, body: unknown, headers: Record<string, string> = asMaintainer) =>
  call(`/api/v1/reports/${id}`, { method: 'PATCH', headers: { ...json, ...headers }, body: JSON.stringify(body) });

interface Report {
  id: string;
  created: string;
  status: string;
  reply: string | null;
  comment: string;
  country: string | null;
  agreement: string | null;
  updated: string;
  history: { status: string; reply: string | null; at: string }[];
  contact?: { name: string | null; email: string | null };
}
interface Problem {
  type: string;
  status: number;
  detail: string;
  invalidParams?: { name: string; reason: string }[];
}

const correction = {
  kind: 'correction',
  agreement: 'ukr',
  field: 'signedPlace',
  proposed: 'Kyiv (Kiev)',
  source: 'https://www.cbp.gov/newsroom/example',
  comment: 'The release gives both spellings.',
};
const missing = { kind: 'missing-agreement', country: 'nor', signed: '2019-03', signedPlace: 'Oslo', comment: 'Announced by the Norwegian customs.' };

async function created(body: unknown): Promise<Report> {
  const response = await post(body);
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { report: Report }).report;
}

const rowCount = async (table: string) => (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;

describe('POST /api/v1/reports', () => {
  it('stores a correction with its first status in D1 and answers 201 with the public view and Location', async () => {
    const before = await rowCount('reports');
    const response = await post({ ...correction, contact: { name: 'Olena K.', email: 'olena@example.org' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const { report } = (await response.json()) as { report: Report & Record<string, unknown> };
    expect(response.headers.get('Location')).toBe(`/api/v1/reports/${report.id}`);
    expect(report.id).toMatch(/^[0-9a-z]{10}$/);
    expect(report).toMatchObject({
      kind: 'correction', agreement: 'ukr', country: 'UKR', field: 'signedPlace', proposed: 'Kyiv (Kiev)',
      source: correction.source, comment: correction.comment, status: 'new', reply: null, signed: null, signedPlace: null,
    });
    expect(report.history).toEqual([{ status: 'new', reply: null, at: report.created }]);
    expect(report).not.toHaveProperty('contact');

    expect(await rowCount('reports')).toBe(before + 1);
    const row = await env.DB.prepare('SELECT * FROM reports WHERE id = ?').bind(report.id).first<Record<string, unknown>>();
    expect(row).toMatchObject({ contact_name: 'Olena K.', contact_email: 'olena@example.org', status: 'new' });
    const history = await env.DB.prepare('SELECT * FROM report_history WHERE report = ?').bind(report.id).all();
    expect(history.results).toEqual([{ report: report.id, seq: 1, status: 'new', reply: null, at: report.created }]);

    const again = await call(`/api/v1/reports/${report.id}`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { report: Report }).report).toEqual(report);
  });

  it('stores an agreement we do not list, with its date and place, the country in capitals', async () => {
    const report = await created(missing);
    expect(report).toMatchObject({ kind: 'missing-agreement', country: 'NOR', agreement: null, signed: '2019-03', signedPlace: 'Oslo' });
  });

  it('takes codes in any case, trims text, and keeps line breaks in the comment', async () => {
    const report = await created({ ...correction, agreement: 'UKR', country: 'ukr', comment: '  First line\r\nsecond line  ' });
    expect(report).toMatchObject({ agreement: 'ukr', country: 'UKR', comment: 'First line\nsecond line' });
  });

  it('stores text as text: markup comes back as the same characters, escaped in the JSON', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> & \u2028 end';
    const response = await post({ kind: 'other', comment: hostile });
    const text = await response.text();
    expect(text).not.toMatch(/[<>\u2028]/);
    const { report } = JSON.parse(text) as { report: Report };
    expect(report.comment).toBe(hostile);
    const stored = await env.DB.prepare('SELECT comment FROM reports WHERE id = ?').bind(report.id).first<{ comment: string }>();
    expect(stored!.comment).toBe(hostile);
  });

  it('loses nothing under concurrency: of 60 reports sent at once, every 201 is a row with its first status', async () => {
    const raised = { ...env, REPORTS_PER_MINUTE: '1000' };
    const [reports, histories] = [await rowCount('reports'), await rowCount('report_history')];
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => {
      const body = JSON.stringify({ kind: 'other', comment: `Concurrent report ${i}` });
      const request = new Request(`${origin}/api/v1/reports`, { method: 'POST', headers: { ...json, 'CF-Connecting-IP': '203.0.113.150' }, body });
      return worker.fetch(request, raised, createExecutionContext());
    }));
    expect(answers.map((a) => a.status)).toEqual(Array(60).fill(201));
    const sent = await Promise.all(answers.map(async (a) => ((await a.json()) as { report: Report }).report));
    expect(await rowCount('reports')).toBe(reports + 60);
    expect(await rowCount('report_history')).toBe(histories + 60);
    for (const report of sent) {
      const row = await env.DB.prepare('SELECT comment, (SELECT count(*) FROM report_history WHERE report = id) AS n FROM reports WHERE id = ?').bind(report.id).first();
      expect(row).toEqual({ comment: report.comment, n: 1 });
    }
  });

  it('answers a filled honeypot with 201 as usual, and stores nothing', async () => {
    const before = await rowCount('reports');
    const response = await post({ ...correction, website: 'https://spam.example' });
    expect(response.status).toBe(201);
    const location = response.headers.get('Location')!;
    expect(location).toMatch(/^\/api\/v1\/reports\/[0-9a-z]{10}$/);
    expect(await rowCount('reports')).toBe(before);
    expect((await call(location)).status).toBe(404);
    // An empty hidden field is what a person's browser sends.
    expect((await post({ ...correction, website: '' })).status).toBe(201);
    expect(await rowCount('reports')).toBe(before + 1);
  });
});

/** Bad inputs: what was sent, the status, and the field named (for a 400). */
const longComment = 'x'.repeat(4001);
const badBodies: [string, unknown, string][] = [
  ['an array', [correction], 'body'],
  ['a string', '"a report"', 'body'],
  ['null', 'null', 'body'],
  ['no kind', { comment: 'x' }, 'kind'],
  ['an unknown kind', { kind: 'complaint', comment: 'x' }, 'kind'],
  ['no comment', { kind: 'other' }, 'comment'],
  ['an empty comment', { kind: 'other', comment: '' }, 'comment'],
  ['a comment of spaces', { kind: 'other', comment: ' \n\t ' }, 'comment'],
  ['a comment over 4,000 characters', { kind: 'other', comment: longComment }, 'comment'],
  ['a number for a comment', { kind: 'other', comment: 42 }, 'comment'],
  ['an unknown field', { ...correction, colour: 'red' }, 'colour'],
  ['an unknown field in contact', { ...correction, contact: { phone: '555' } }, 'contact.phone'],
  ['a __proto__ field', JSON.parse('{"kind":"other","comment":"x","__proto__":{"admin":true}}'), '__proto__'],
  ['a javascript: source', { ...correction, source: 'javascript:alert(1)' }, 'source'],
  ['a data: source', { ...correction, source: 'data:text/html,<b>x</b>' }, 'source'],
  ['an ftp source', { ...correction, source: 'ftp://example.org/file' }, 'source'],
  ['a source with a password', { ...correction, source: 'https://user:secret@example.org/' }, 'source'],
  ['a source that is not a URL', { ...correction, source: 'the CBP website' }, 'source'],
  ['a source over 2,000 characters', { ...correction, source: `https://example.org/${'a'.repeat(2000)}` }, 'source'],
  ['an e-mail address that is not one', { ...correction, contact: { email: 'olena at example' } }, 'contact.email'],
  ['a name over 200 characters', { ...correction, contact: { name: 'n'.repeat(201) } }, 'contact.name'],
  ['a correction without agreement', { ...correction, agreement: undefined }, 'agreement'],
  ['a correction of an unknown agreement', { ...correction, agreement: 'zzz' }, 'agreement'],
  ['a correction without field', { ...correction, field: undefined }, 'field'],
  ['a correction of a field agreements lack', { ...correction, field: 'colour' }, 'field'],
  ['a correction with a signing place', { ...correction, signedPlace: 'Kyiv' }, 'signedPlace'],
  ['a missing agreement without country', { ...missing, country: undefined }, 'country'],
  ['a missing agreement in no country', { ...missing, country: 'XXX' }, 'country'],
  ['a missing agreement naming an agreement', { ...missing, agreement: 'ukr' }, 'agreement'],
  ['a date that does not exist', { ...missing, signed: '2019-02-30' }, 'signed'],
  ['a date in another format', { ...missing, signed: '03/2019' }, 'signed'],
  ['a line break in a one-line field', { ...missing, signedPlace: 'Oslo\nBergen' }, 'signedPlace'],
  ['a control character', { kind: 'other', comment: 'bell\u0007' }, 'comment'],
  ['a lone surrogate', { kind: 'other', comment: 'half \ud800 a pair' }, 'comment'],
  ['an empty optional field', { ...correction, proposed: '' }, 'proposed'],
  ['a honeypot of the wrong type', { ...correction, website: 1 }, 'website'],
];

describe('POST /api/v1/reports refuses bad input with a problem naming the field, and stores nothing', () => {
  it.each(badBodies)('%s', async (_, body, field) => {
    const before = await rowCount('reports');
    const response = await post(typeof body === 'string' ? body : JSON.stringify(body));
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    const problem = (await response.json()) as Problem;
    expect(problem.type).toBe('/api/#problem-invalid-body');
    expect(problem.invalidParams!.map((p) => p.name)).toContain(field);
    expect(problem.detail).toContain(field);
    expect(await rowCount('reports')).toBe(before);
  });

  it.each<[string, RequestInit, number, string]>([
    ['malformed JSON', { body: '{"kind": "other", "comment": ' }, 400, 'invalid-body'],
    ['an empty body', { body: '' }, 400, 'invalid-body'],
    ['bytes that are not UTF-8', { body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }, 400, 'invalid-body'],
    ['JSON nested 10,000 deep', { body: `${'['.repeat(10_000)}${']'.repeat(10_000)}` }, 413, 'payload-too-large'],
    ['JSON nested 8,000 deep, within 16 KB', { body: `${'['.repeat(8_000)}${']'.repeat(8_000)}` }, 400, 'invalid-body'],
    ['a body over 16 KB', { body: JSON.stringify({ kind: 'other', comment: 'x'.repeat(16 * 1024) }) }, 413, 'payload-too-large'],
    ['text/plain', { body: JSON.stringify(correction), headers: { 'Content-Type': 'text/plain' } }, 415, 'unsupported-media-type'],
    ['a form', { body: 'kind=other&comment=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported-media-type'],
    ['no Content-Type', { body: new Blob([JSON.stringify(correction)]), headers: { 'Content-Type': '' } }, 415, 'unsupported-media-type'],
    ['JSON in another charset', { body: JSON.stringify(correction), headers: { 'Content-Type': 'application/json; charset=latin1' } }, 415, 'unsupported-media-type'],
    ['a look-alike media type', { body: JSON.stringify(correction), headers: { 'Content-Type': 'application/jsonp' } }, 415, 'unsupported-media-type'],
  ])('%s', async (_, init, status, kind) => {
    const before = await rowCount('reports');
    const headers = new Headers({ ...json, ...(init.headers as Record<string, string>) });
    if (headers.get('Content-Type') === '') headers.delete('Content-Type');
    const response = await call('/api/v1/reports', { method: 'POST', ...init, headers });
    expect(response.status).toBe(status);
    expect(((await response.json()) as Problem).type).toBe(`/api/#problem-${kind}`);
    if (status === 415) expect(response.headers.get('Accept-Post')).toBe('application/json');
    expect(await rowCount('reports')).toBe(before);
  });

  it('a body over 16 KB sent without a length is refused once 16 KB have been read', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(`"${'x'.repeat(1022)}",`);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(sent === chunk.byteLength ? new TextEncoder().encode('[') : chunk);
        if (sent > 1024 * 1024) controller.close();
      },
    });
    const response = await call('/api/v1/reports', { method: 'POST', headers: json, body });
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(64 * 1024);
  });

  it('accepts application/json with charset=utf-8, in any case', async () => {
    expect((await post(correction, { 'Content-Type': 'Application/JSON; Charset=UTF-8' })).status).toBe(201);
  });

  it('refuses a query parameter', async () => {
    const response = await call('/api/v1/reports?kind=other', { method: 'POST', headers: json, body: JSON.stringify(correction) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).type).toBe('/api/#problem-invalid-parameter');
  });
});

describe('the rate limit', () => {
  it('accepts 5 reports a minute from one address, then answers 429 with Retry-After; other addresses go on', async () => {
    const address = '203.0.113.7';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(correction, { 'CF-Connecting-IP': address })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    const refused = await post(correction, { 'CF-Connecting-IP': address });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    expect(((await refused.json()) as Problem).type).toBe('/api/#problem-too-many-requests');
    expect((await post(correction, { 'CF-Connecting-IP': '203.0.113.8' })).status).toBe(201);
  });

  it('holds under concurrency: of 12 reports sent at once from one address, exactly 5 are stored', async () => {
    const before = await rowCount('reports');
    const answers = await Promise.all(Array.from({ length: 12 }, () => post(correction, { 'CF-Connecting-IP': '203.0.113.9' })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([...Array(5).fill(201), ...Array(7).fill(429)]);
    expect(await rowCount('reports')).toBe(before + 5);
  });

  it('does not count refused input', async () => {
    const address = '203.0.113.10';
    for (let i = 0; i < 8; i++) expect((await post({ kind: 'other' }, { 'CF-Connecting-IP': address })).status).toBe(400);
    expect((await post(correction, { 'CF-Connecting-IP': address })).status).toBe(201);
  });

  it('never stores the address: only an HMAC of it under the secret', async () => {
    const address = '198.51.100.23';
    await created(correction);
    expect((await post(correction, { 'CF-Connecting-IP': address })).status).toBe(201);
    const key = await clientKey(address, env.MAINTAINER_TOKEN);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await clientKey(address, 'another secret')).not.toBe(key);
    const attempts = await env.DB.prepare('SELECT client FROM report_attempts WHERE client = ?').bind(key).all();
    expect(attempts.results).toHaveLength(1);
    for (const table of ['reports', 'report_history', 'report_attempts']) {
      const rows = await env.DB.prepare(`SELECT * FROM ${table}`).all();
      expect(JSON.stringify(rows.results), table).not.toContain(address);
    }
  });

  it('lets a client send again once its oldest report leaves the 60-second window, and forgets it then', async () => {
    const t = 1_800_000_000_000;
    expect(await admit(env.DB, 'window-test', t, 2)).toEqual({ admitted: true });
    expect(await admit(env.DB, 'window-test', t + 20_000, 2)).toEqual({ admitted: true });
    expect(await admit(env.DB, 'window-test', t + 30_000, 2)).toEqual({ admitted: false, retryAfter: 30 });
    expect(await admit(env.DB, 'window-test', t + 59_500, 2)).toEqual({ admitted: false, retryAfter: 1 });
    expect(await admit(env.DB, 'window-test', t + 60_001, 2)).toEqual({ admitted: true });
    const left = await env.DB.prepare('SELECT at FROM report_attempts WHERE client = ? ORDER BY at').bind('window-test').all<{ at: number }>();
    expect(left.results.map((r) => r.at)).toEqual([t + 20_000, t + 60_001]);
  });

  it('is raised by REPORTS_PER_MINUTE, for the soak test', async () => {
    expect(reportsPerMinute({ REPORTS_PER_MINUTE: '5' })).toBe(5);
    expect(reportsPerMinute({ REPORTS_PER_MINUTE: '100000' as '5' })).toBe(100_000);
    for (const wrong of ['', '0', '-3', '2.5', 'many']) expect(reportsPerMinute({ REPORTS_PER_MINUTE: wrong as '5' })).toBe(5);
    const raised = { ...env, REPORTS_PER_MINUTE: '8' };
    const headers = { ...json, 'CF-Connecting-IP': '203.0.113.77' };
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const response = await worker.fetch(new Request(`${origin}/api/v1/reports`, { method: 'POST', headers, body: JSON.stringify(correction) }), raised, createExecutionContext());
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array(8).fill(201), 429]);
  });
});

describe('GET /api/v1/reports: the public errata log', () => {
  let ids: string[] = [];
  beforeAll(async () => {
    ids = [];
    for (const body of [
      { ...correction, agreement: 'ukr' },
      { ...missing, country: 'ISL' },
      { kind: 'other', comment: 'The timeline is lovely.' },
      { ...correction, agreement: 'vnm', field: 'signed', proposed: '2019-03-05' },
    ]) {
      ids.push((await created({ ...body, contact: { name: 'Secret Name', email: 'secret@example.org' } })).id);
    }
  });

  const list = async (query = '', headers: Record<string, string> = {}) => {
    const response = await call(`/api/v1/reports${query}`, { headers });
    return { response, body: (await response.json()) as { meta: Record<string, unknown>; reports: Report[] } };
  };

  it('lists reports newest first, without contact details, with how many there are', async () => {
    const { response, body } = await list();
    expect(response.status).toBe(200);
    expect(body.reports.length).toBe(body.meta.total);
    const created = body.reports.map((r) => (r as unknown as { created: string }).created);
    expect(created).toEqual([...created].sort().reverse());
    expect(body.reports.slice(0, 4).map((r) => r.id)).toEqual([...ids].reverse());
    const text = JSON.stringify(body);
    expect(text).not.toContain('secret@example.org');
    expect(text).not.toContain('Secret Name');
    expect(text).not.toContain('contact');
  });

  it('filters by status, kind, agreement and country, in any case', async () => {
    expect((await list('?agreement=VNM')).body.reports.map((r) => r.id)).toEqual([ids[3]]);
    expect((await list('?country=isl')).body.reports.map((r) => r.id)).toEqual([ids[1]]);
    expect((await list('?kind=other&status=new')).body.reports.map((r) => r.id)).toContain(ids[2]);
    expect((await list('?kind=missing-agreement')).body.reports.every((r) => (r as unknown as { kind: string }).kind === 'missing-agreement')).toBe(true);
    expect((await list('?status=accepted,rejected&country=ISL')).body.reports).toEqual([]);
  });

  it('pages with limit and offset, and links the next page', async () => {
    const first = await list('?limit=2');
    expect(first.body.reports).toHaveLength(2);
    expect(first.body.meta).toMatchObject({ count: 2, limit: 2, offset: 0, next: '/api/v1/reports?limit=2&offset=2' });
    const second = await list('?limit=2&offset=2');
    expect(second.body.reports[0].id).not.toBe(first.body.reports[1].id);
    const last = await list(`?offset=${Number(first.body.meta.total) - 1}`);
    expect(last.body.reports).toHaveLength(1);
    expect(last.body.meta.next).toBeNull();
  });

  it.each(['?status=open', '?kind=complaint', '?limit=0', '?limit=101', '?limit=ten', '?offset=-1', '?country=UK', '?agreement=%3Cscript%3E', '?include=email', '?sort=new', '?limit=1&limit=2'])(
    'refuses %s with a 400 naming the parameter',
    async (query) => {
      const { response, body } = await list(query);
      expect(response.status).toBe(400);
      expect((body as unknown as Problem).type).toBe('/api/#problem-invalid-parameter');
    },
  );

  it('is revalidated on every use, with an ETag that changes when a report arrives', async () => {
    const { response } = await list();
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(response.headers.get('Vary')).toBe('Accept-Encoding');
    const tag = response.headers.get('ETag')!;
    expect(tag).toBeTruthy();
    const unchanged = await call('/api/v1/reports', { headers: { 'If-None-Match': tag } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('Access-Control-Allow-Origin')).toBe('*');
    await created({ kind: 'other', comment: 'One more.' });
    expect((await call('/api/v1/reports', { headers: { 'If-None-Match': tag } })).status).toBe(200);
  });

  it('shows contact details to a maintainer who asks, never to anyone else', async () => {
    const maintainer = await list('?include=contact', asMaintainer);
    expect(maintainer.response.status).toBe(200);
    expect(maintainer.response.headers.get('Cache-Control')).toBe('private, no-store');
    const mine = maintainer.body.reports.find((r) => r.id === ids[0])!;
    expect(mine.contact).toEqual({ name: 'Secret Name', email: 'secret@example.org' });
    const one = await call(`/api/v1/reports/${ids[0]}?include=contact`, { headers: asMaintainer });
    expect(((await one.json()) as { report: Report }).report.contact).toEqual({ name: 'Secret Name', email: 'secret@example.org' });

    const refused: Record<string, string>[] = [{}, { Authorization: 'Bearer wrong-token' }, { Authorization: `Basic ${btoa(`x:${env.MAINTAINER_TOKEN}`)}` }];
    for (const headers of refused) {
      for (const path of ['/api/v1/reports?include=contact', `/api/v1/reports/${ids[0]}?include=contact`]) {
        const response = await call(path, { headers });
        expect(response.status, path).toBe(401);
        expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="maintainers"/);
        expect(await response.text()).not.toContain('secret@example.org');
      }
    }
  });

  it('answers an unknown or malformed id with a 404 problem', async () => {
    for (const id of ['zzzzzzzzzz', 'short', 'UPPERCASE1', '%3Cb%3E1234567']) {
      const response = await call(`/api/v1/reports/${id}`);
      expect(response.status, id).toBe(404);
      expect(((await response.json()) as Problem).type).toBe('/api/#problem-unknown-report');
    }
  });
});

describe('PATCH /api/v1/reports/{id}: a maintainer decides', () => {
  it('refuses anyone without the token with 401 and WWW-Authenticate, and changes nothing', async () => {
    const report = await created({ ...correction, contact: { email: 'kept@example.org' } });
    const attempts: [Record<string, string>, string][] = [
      [{}, 'Bearer realm="maintainers"'],
      [{ Authorization: 'Bearer not-the-token' }, 'Bearer realm="maintainers", error="invalid_token"'],
      [{ Authorization: `Bearer ${env.MAINTAINER_TOKEN}x` }, 'Bearer realm="maintainers", error="invalid_token"'],
      [{ Authorization: `Bearer ${env.MAINTAINER_TOKEN.slice(0, -1)}` }, 'Bearer realm="maintainers", error="invalid_token"'],
      [{ Authorization: env.MAINTAINER_TOKEN }, 'Bearer realm="maintainers", error="invalid_token"'],
      [{ Authorization: `Token ${env.MAINTAINER_TOKEN}` }, 'Bearer realm="maintainers", error="invalid_token"'],
      [{ Authorization: ' ' }, 'Bearer realm="maintainers"'],
    ];
    for (const [headers, challenge] of attempts) {
      const response = await patch(report.id, { status: 'accepted', reply: 'hijacked' }, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toBe(challenge);
      expect(((await response.json()) as Problem).type).toBe('/api/#problem-unauthorized');
    }
    // Without the token, even a broken body is a 401: the token is checked first.
    expect((await call(`/api/v1/reports/${report.id}`, { method: 'PATCH', headers: { 'Content-Type': 'text/plain' }, body: 'x' })).status).toBe(401);
    const row = await env.DB.prepare('SELECT status, reply, contact_email FROM reports WHERE id = ?').bind(report.id).first();
    expect(row).toEqual({ status: 'new', reply: null, contact_email: 'kept@example.org' });
    expect(await env.DB.prepare('SELECT count(*) AS n FROM report_history WHERE report = ?').bind(report.id).first('n')).toBe(1);
  });

  it('records each status with its time and reply, and erases the contact details when it closes the report', async () => {
    const report = await created({ ...correction, contact: { name: 'Olena', email: 'olena@example.org' } });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-02T03:04:05.000Z'));
      const received = await patch(report.id, { status: 'received', reply: 'Thank you; we are checking the release.' });
      expect(received.status).toBe(200);
      expect(received.headers.get('Cache-Control')).toBe('no-store');
      const first = ((await received.json()) as { report: Report }).report;
      expect(first).toMatchObject({ status: 'received', reply: 'Thank you; we are checking the release.', updated: '2030-01-02T03:04:05.000Z' });
      expect(first).not.toHaveProperty('contact');
      let contact = await call(`/api/v1/reports/${report.id}?include=contact`, { headers: asMaintainer });
      expect(((await contact.json()) as { report: Report }).report.contact).toEqual({ name: 'Olena', email: 'olena@example.org' });

      vi.setSystemTime(new Date('2030-01-05T00:00:00.000Z'));
      const accepted = ((await (await patch(report.id, { status: 'accepted' })).json()) as { report: Report }).report;
      // Left out, the reply stays.
      expect(accepted).toMatchObject({ status: 'accepted', reply: 'Thank you; we are checking the release.', updated: '2030-01-05T00:00:00.000Z' });
      expect(accepted.history).toEqual([
        { status: 'new', reply: null, at: report.created },
        { status: 'received', reply: 'Thank you; we are checking the release.', at: '2030-01-02T03:04:05.000Z' },
        { status: 'accepted', reply: null, at: '2030-01-05T00:00:00.000Z' },
      ]);
      contact = await call(`/api/v1/reports/${report.id}?include=contact`, { headers: asMaintainer });
      expect(((await contact.json()) as { report: Report }).report.contact).toEqual({ name: null, email: null });
      const row = await env.DB.prepare('SELECT contact_name, contact_email FROM reports WHERE id = ?').bind(report.id).first();
      expect(row).toEqual({ contact_name: null, contact_email: null });

      const cleared = ((await (await patch(report.id, { status: 'accepted', reply: null })).json()) as { report: Report }).report;
      expect(cleared.reply).toBeNull();
      expect(cleared.history).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the contact details while the report is open', async () => {
    const report = await created({ ...correction, contact: { email: 'open@example.org' } });
    await patch(report.id, { status: 'received' });
    const row = await env.DB.prepare('SELECT contact_email FROM reports WHERE id = ?').bind(report.id).first();
    expect(row).toEqual({ contact_email: 'open@example.org' });
  });

  it.each<[string, unknown, string]>([
    ['a status readers cannot be given', { status: 'new' }, 'status'],
    ['no status', { reply: 'x' }, 'status'],
    ['an unknown field', { status: 'received', contact: null }, 'contact'],
    ['a reply over 4,000 characters', { status: 'received', reply: 'x'.repeat(4001) }, 'reply'],
    ['a control character in the reply', { status: 'received', reply: 'x\u0000' }, 'reply'],
  ])('refuses %s with a 400 naming the field', async (_, body, field) => {
    const report = await created(correction);
    const response = await patch(report.id, body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).invalidParams!.map((p) => p.name)).toContain(field);
    expect(await env.DB.prepare('SELECT status FROM reports WHERE id = ?').bind(report.id).first('status')).toBe('new');
  });

  it('answers 404 for a report that does not exist, and writes no history for it', async () => {
    const before = await rowCount('report_history');
    const response = await patch('zzzzzzzzzz', { status: 'received' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as Problem).type).toBe('/api/#problem-unknown-report');
    expect(await rowCount('report_history')).toBe(before);
  });

  it('refuses a body that is not JSON (415) or too large (413)', async () => {
    const report = await created(correction);
    const form = await call(`/api/v1/reports/${report.id}`, { method: 'PATCH', headers: { ...asMaintainer, 'Content-Type': 'text/plain' }, body: 'accepted' });
    expect(form.status).toBe(415);
    expect(form.headers.get('Accept-Patch')).toBe('application/json');
    expect((await patch(report.id, { status: 'received', reply: 'x'.repeat(17_000) })).status).toBe(413);
  });
});

describe('methods and CORS on the reports routes', () => {
  it.each<[string, string, string]>([
    ['/api/v1/reports', 'POST', 'GET, HEAD, POST, OPTIONS'],
    ['/api/v1/reports/abcdefghjk', 'PATCH', 'GET, HEAD, PATCH, OPTIONS'],
  ])('%s: the preflight allows %s with its headers', async (path, method, allow) => {
    const response = await call(path, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type,authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Allow')).toBe(allow);
    expect(response.headers.get('Access-Control-Allow-Methods')).toBe(allow.replaceAll(', ', ','));
    expect(response.headers.get('Access-Control-Allow-Headers')).toBe('content-type,authorization');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it.each<[string, string]>([
    ['/api/v1/reports', 'PUT'], ['/api/v1/reports', 'DELETE'], ['/api/v1/reports', 'PATCH'],
    ['/api/v1/reports/abcdefghjk', 'POST'], ['/api/v1/reports/abcdefghjk', 'DELETE'], ['/api/v1/agreements', 'POST'],
  ])('%s answers %s with 405 and Allow', async (path, method) => {
    const response = await call(path, { method, headers: json, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(path.endsWith('reports') ? 'GET, HEAD, POST, OPTIONS' : path.includes('reports') ? 'GET, HEAD, PATCH, OPTIONS' : 'GET, HEAD, OPTIONS');
  });

  it('exposes Location and Retry-After to scripts on other origins', async () => {
    const response = await post(correction, { Origin: 'https://elsewhere.example' });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Location');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });
});

describe('when the database cannot be reached', () => {
  /** A D1 binding whose every query fails, as when the database is unreachable or overloaded. */
  const failing = new Proxy({}, { get: () => () => { throw new Error('D1_ERROR: Network connection lost.'); } }) as unknown as D1Database;
  const broken = { ...env, DB: failing };
  const send = (path: string, init: RequestInit = {}) =>
    worker.fetch(new Request(origin + path, { ...init, headers: { 'CF-Connecting-IP': '203.0.113.200', ...(init.headers as Record<string, string>) } }), broken, createExecutionContext());

  it.each<[string, string, RequestInit]>([
    ['POST a report', '/api/v1/reports', { method: 'POST', headers: json, body: JSON.stringify(correction) }],
    ['GET the list', '/api/v1/reports', {}],
    ['GET one report', '/api/v1/reports/abcdefghjk', {}],
    ['PATCH a report', '/api/v1/reports/abcdefghjk', { method: 'PATCH', headers: { ...json, ...asMaintainer }, body: JSON.stringify({ status: 'received' }) }],
  ])('%s answers a 503 problem with Retry-After, logged, with no trace of the failure', async (_, path, init) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await send(path, init);
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('30');
      expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ type: '/api/#problem-unavailable', status: 503 });
      expect(text).not.toMatch(/D1_ERROR|Network|\.ts:\d+/);
      expect(log).toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  it('still refuses bad input first, without the database', async () => {
    const response = await send('/api/v1/reports', { method: 'POST', headers: json, body: JSON.stringify({ kind: 'other' }) });
    expect(response.status).toBe(400);
  });
});
