// The security headers of every kind of answer: the API's, set by worker/http.ts, and the page's, set by
// web/public/_headers and passed on by the Worker for whatever the asset layer does not answer itself.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const origin = 'https://atlas.example';
const fetchFrom = (path: string, init?: RequestInit) => exports.default.fetch(new Request(origin + path, init));

/** The powerful features nothing here uses, denied alike on the page and the API. */
const permissionsPolicy =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';
const hsts = 'max-age=31536000; includeSubDomains';

/** A Content-Security-Policy as directive → sources. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name, sources]));
}

/**
 * Strict: everything starts from `default-src 'none'`; no inline or evaluated script and no other origin, so
 * that only this origin's files, and the docs page's own stylesheet by its hash, can ever apply. Framing is
 * the one exception, decided per kind of answer.
 */
function expectStrictPolicy(policy: string | null, frameAncestors: string) {
  const directives = directivesOf(policy ?? '');
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors')).toEqual([frameAncestors]);
  for (const [name, sources] of directives) {
    if (name === 'frame-ancestors') continue;
    for (const source of sources) {
      const allowed = ["'none'", "'self'"].includes(source) || /^'sha256-[\w+/]+=*'$/.test(source) || (name === 'img-src' && ['data:', 'blob:'].includes(source));
      expect(allowed, `${name} ${source}`).toBe(true);
    }
  }
  // Script: none (default-src), or this origin's files; never inline, not even by hash.
  expect([undefined, "'self'"]).toContain(directives.get('script-src')?.join(' '));
}

const tagOf = async (path: string) => (await fetchFrom(path)).headers.get('ETag')!;

const report = JSON.stringify({ kind: 'other', comment: 'A report.' });
const postReport = (headers: Record<string, string> = {}, body = report) =>
  fetchFrom('/api/v1/reports', { method: 'POST', headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '192.0.2.77', ...headers }, body });

/** A sample of every kind of API answer: a label, the request, and its status. */
const apiAnswers: [string, () => Promise<Response>, number][] = [
  ['200 JSON', () => fetchFrom('/api/v1/agreements'), 200],
  ['200 CSV', () => fetchFrom('/api/v1/agreements.csv'), 200],
  ['200 docs page (HTML)', () => fetchFrom('/api/'), 200],
  ['200 one record', () => fetchFrom('/api/v1/agreements/ukr'), 200],
  ['304 Not Modified', async () => fetchFrom('/api/v1/mras', { headers: { 'If-None-Match': await tagOf('/api/v1/mras') } }), 304],
  ['400 invalid parameter', () => fetchFrom('/api/v1/agreements?asOf=yesterday'), 400],
  ['404 unknown partner', () => fetchFrom('/api/v1/agreements/zz'), 404],
  ['404 no such route', () => fetchFrom('/api/v1/nothing-here'), 404],
  ['405 method not allowed', () => fetchFrom('/api/v1/agreements', { method: 'DELETE' }), 405],
  ['204 OPTIONS (CORS preflight)', () => fetchFrom('/api/v1/agreements', { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' } }), 204],
  ['404 OPTIONS of no route', () => fetchFrom('/api/v1/nothing-here', { method: 'OPTIONS' }), 404],
  ['200 HEAD', () => fetchFrom('/api/v1/agreements.csv', { method: 'HEAD' }), 200],
  ['200 HEAD of the docs page', () => fetchFrom('/api', { method: 'HEAD' }), 200],
  ['201 report stored', () => postReport({ 'CF-Connecting-IP': '192.0.2.78' }), 201],
  ['200 the reports', () => fetchFrom('/api/v1/reports'), 200],
  ['400 invalid report', () => postReport({}, '{"kind":"other"}'), 400],
  ['401 maintainer token missing', () => fetchFrom('/api/v1/reports/abcdefghjk', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{}' }), 401],
  ['404 unknown report', () => fetchFrom('/api/v1/reports/abcdefghjk'), 404],
  ['413 report too large', () => postReport({}, 'x'.repeat(17_000)), 413],
  ['415 report not JSON', () => postReport({ 'Content-Type': 'text/plain' }), 415],
  ['429 too many reports', async () => {
    for (let i = 0; i < 5; i++) await postReport({ 'CF-Connecting-IP': '192.0.2.79' });
    return postReport({ 'CF-Connecting-IP': '192.0.2.79' });
  }, 429],
];

describe.each(apiAnswers)('API answer: %s', (_, request, status) => {
  it('sends the full set of security headers: nothing runs, nothing frames it, no feature, HTTPS only', async () => {
    const response = await request();
    expect(response.status).toBe(status);
    const h = response.headers;
    expectStrictPolicy(h.get('Content-Security-Policy'), "'none'");
    expect(h.get('X-Frame-Options')).toBe('DENY');
    expect(h.get('X-Content-Type-Options')).toBe('nosniff');
    expect(h.get('Referrer-Policy')).toBe('no-referrer');
    expect(h.get('Permissions-Policy')).toBe(permissionsPolicy);
    expect(h.get('Strict-Transport-Security')).toBe(hsts);
    expect(h.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(h.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(h.get('Access-Control-Allow-Origin')).toBe('*');
  });
});

describe('the docs page', () => {
  it('allows its own stylesheet by hash, and no script', async () => {
    const directives = directivesOf((await fetchFrom('/api/')).headers.get('Content-Security-Policy')!);
    expect(directives.get('style-src')).toEqual([expect.stringMatching(/^'sha256-/)]);
    expect(directives.has('script-src')).toBe(false);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});

const scriptPath = async () => (await (await fetchFrom('/')).text()).match(/src="(\/assets\/[^"]+\.js)"/)![1];

/** A sample of every kind of answer from the page's side: the page, one of its hashed files, the dataset, a missing file. */
const pageAnswers: [string, () => Promise<Response>, number][] = [
  ['200 the page /', () => fetchFrom('/'), 200],
  ['200 HEAD of the page', () => fetchFrom('/', { method: 'HEAD' }), 200],
  ['200 its script', async () => fetchFrom(await scriptPath()), 200],
  ['200 the dataset file', () => fetchFrom('/data/dataset.json'), 200],
  ['404 a missing file', () => fetchFrom('/no-such-file.txt'), 404],
  ['200 a country\'s page', () => fetchFrom('/country/ukr'), 200],
  ['200 the page with ?country=', () => fetchFrom('/?country=UKR'), 200],
  ['404 the page of no country', () => fetchFrom('/country/zzz'), 404],
  ['404 a missing script', () => fetchFrom('/assets/index-00000000.js'), 404],
];

describe.each(pageAnswers)('page answer: %s', (_, request, status) => {
  it("sends web/public/_headers: only this origin's files run, framing allowed for embedding, HTTPS only", async () => {
    const response = await request();
    expect(response.status).toBe(status);
    const h = response.headers;
    // Journalists embed the map: any site may frame it, so no X-Frame-Options and frame-ancestors *.
    expectStrictPolicy(h.get('Content-Security-Policy'), '*');
    expect(h.get('X-Frame-Options')).toBeNull();
    expect(h.get('X-Content-Type-Options')).toBe('nosniff');
    expect(h.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(h.get('Permissions-Policy')).toBe(permissionsPolicy);
    expect(h.get('Strict-Transport-Security')).toBe(hsts);
    expect(h.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });
});

describe('the page', () => {
  it('allows exactly its inlined style sheet, by the hash of the text the browser hashes', async () => {
    const response = await fetchFrom('/');
    const page = await response.text();
    const sheets = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(sheets).toHaveLength(1);
    // The HTML parser turns CR LF and CR into LF before the browser compares hashes.
    const text = new TextEncoder().encode(sheets[0].replace(/\r\n?/g, '\n'));
    const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', text))));
    const directives = directivesOf(response.headers.get('Content-Security-Policy')!);
    expect(directives.get('style-src')).toEqual(["'self'", `'sha256-${digest}'`]);
  });
});

describe('a missing file', () => {
  it.each(['/no-such-file.txt', '/assets/index-00000000.js'])('%s is a 404 that no cache keeps', async (path) => {
    const response = await fetchFrom(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('leaves the year-long caching of the files that exist', async () => {
    const response = await fetchFrom(await scriptPath());
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });
});
