// HTTP as a client sees it on every API route: methods, CORS, validators and caching, and bad input.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const origin = 'https://atlas.example';
const fetchApi = (path: string, init?: RequestInit) => exports.default.fetch(new Request(origin + path, init));

const routes = [
  '/api/v1/agreements', '/api/v1/agreements.csv', '/api/v1/agreements/ukr', '/api/v1/eu-members', '/api/v1/mras',
  '/api/v1/mras.csv', '/api/v1/cbp-counts', '/api/v1/changes.json', '/api/v1/schema/agreement.json',
  '/api/v1/openapi.json', '/api', '/api/',
];

/** The headers of a response, without the date. */
const headersOf = (response: Response) => [...response.headers].filter(([name]) => name !== 'date');

describe.each(routes)('%s', (path) => {
  it('answers GET with CORS, a weak ETag naming the dataset version, Cache-Control, Vary and Allow', async () => {
    const response = await fetchApi(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('ETag')).toMatch(/^W\/"\d{4}\.\d{2}\.\d{2}(\.\d+)?-[\w-]{22}"$/);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400');
    expect(response.headers.get('Vary')).toBe('Accept-Encoding');
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers HEAD with the same headers and no body', async () => {
    const get = await fetchApi(path);
    const body = new Uint8Array(await get.arrayBuffer());
    const head = await fetchApi(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const lengthOfGet = get.headers.has('Content-Length') ? [] : [['content-length', String(body.byteLength)]];
    expect(headersOf(head).sort()).toEqual([...headersOf(get), ...lengthOfGet].sort());
  });

  it('answers OPTIONS: a CORS preflight, with Allow', async () => {
    const response = await fetchApi(path, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'If-None-Match' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,OPTIONS');
    expect(response.headers.get('Access-Control-Allow-Headers')).toBe('If-None-Match');
    expect(response.headers.get('Access-Control-Max-Age')).toBe('86400');
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('answers %s with 405 problem+json and Allow', async (method) => {
    const response = await fetchApi(path, { method, body: method === 'DELETE' ? undefined : '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = (await response.json()) as { type: string; status: number; detail: string };
    expect(body).toMatchObject({ type: '/api/#problem-method-not-allowed', status: 405 });
    expect(body.detail).toContain(method);
  });

  it('answers 304 to its ETag, alone, in a list, in strong form, or as *', async () => {
    const tag = (await fetchApi(path)).headers.get('ETag')!;
    for (const ifNoneMatch of [tag, `W/"other", ${tag}`, tag.slice(2), '*']) {
      const response = await fetchApi(path, { headers: { 'If-None-Match': ifNoneMatch } });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('ETag')).toBe(tag);
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400');
      expect(response.headers.get('Vary')).toBe('Accept-Encoding');
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    }
    expect((await fetchApi(path, { headers: { 'If-None-Match': 'W/"2000.01.01-other"' } })).status).toBe(200);
  });

  it('refuses an unknown parameter with 400 problem+json, even with If-None-Match: *', async () => {
    const response = await fetchApi(`${path}?nonsense=1`, { headers: { 'If-None-Match': '*' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('ETag')).toBeNull();
  });
});

describe('ETag', () => {
  const tagOf = async (path: string) => (await fetchApi(path)).headers.get('ETag');

  it('differs between representations: format, query and path', async () => {
    const tags = await Promise.all([
      '/api/v1/agreements', '/api/v1/agreements.csv', '/api/v1/agreements?status=all', '/api/v1/agreements?fields=signed',
      '/api/v1/agreements/ukr', '/api/v1/agreements/eu',
    ].map(tagOf));
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('is the same for the same query with its parameters in another order', async () => {
    expect(await tagOf('/api/v1/agreements?status=signed&status=superseded&q=a')).toBe(
      await tagOf('/api/v1/agreements?q=a&status=superseded&status=signed'),
    );
  });

  it('is stable from request to request', async () => {
    expect(await tagOf('/api/v1/mras')).toBe(await tagOf('/api/v1/mras'));
  });
});

describe('a path that is no route', () => {
  it.each(['GET', 'HEAD', 'POST', 'OPTIONS'])('answers %s with 404 problem+json readable from any origin', async (method) => {
    const response = await fetchApi('/api/v1/nothing-here', {
      method,
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Allow')).toBeNull();
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  });
});

describe('bad input', () => {
  it.each([
    '/api/v1/agreements/%',
    '/api/v1/agreements/%ZZ',
    '/api/v1/agreements/%00',
    '/api/v1/agreements/..%2F..%2Fetc',
    `/api/v1/agreements/${'x'.repeat(4000)}`,
    '/api/v1/agreements/%F0%9F%8C%8D',
    '/api/v1/agreements?%ZZ=1',
    '/api/v1/agreements?asOf=%00',
    '/api/v1/agreements?q=%',
    '/api/v1/agreements?q=%E2%80%AE%00',
    '/api/v1/agreements?status=%2C%2C',
    '/api/v1/agreements?fields=id,,id',
    '/api/v1/agreements?=1',
    '/api/v1/agreements?&&&',
    '/api/v1/agreements.csv?asOf=9999-99-99',
    '/api/v1/agreements.json',
    '/api/v1/agreements/',
    '/api/v1//agreements',
    '/api/..%2Fapi/v1/agreements',
    '/api/v1/openapi.json?format=yaml',
    '/api/?search=x',
  ])('answers %s without a 500, a stack trace or an HTML page', async (path) => {
    const response = await fetchApi(path);
    expect(response.status).toBeLessThan(500);
    const type = response.headers.get('Content-Type') ?? '';
    expect(type).not.toMatch(/html/);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.(ts|js):\d+|<html/i);
    if (response.status >= 400) expect(type).toMatch(/^application\/problem\+json/);
  });
});
