// A deploy whose dataset file is missing or broken, which the workerd pool cannot build for real (its assets
// are the ones built), simulated with stand-ins for the ASSETS binding: the routes that read the data answer
// the 503 problem, logged, with every usual API header; the others answer as ever; and once the file can be
// read, the next request reads it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import meta from '../../data/meta.json';
import { apiBase, operations, routeMethods } from '../../worker/operations';
import { builtAssets, executionContext } from './stand-ins';

const brokenFiles: [string, () => Response][] = [
  ['missing', () => new Response('not found', { status: 404 })],
  ['not JSON', () => new Response('<!doctype html><title>Not the data</title>', { headers: { 'Content-Type': 'text/html' } })],
  ['of another version', () => Response.json({ meta: { ...meta, version: '1999.01.01' }, agreements: [] })],
];

const envWith = (assets: { fetch: (request: Request) => Response }) =>
  ({ CF_VERSION_METADATA: { id: 'test-version', tag: '', timestamp: '2026-11-27T00:00:00Z' }, ASSETS: assets }) as unknown as Env;

/** The Worker as a new isolate loads it, with nothing read yet. */
async function freshWorker() {
  vi.resetModules();
  return (await import('../../worker/index')).default;
}

/** The failure the Worker logs, kept out of the test output. */
const quietLog = () => vi.spyOn(console, 'error').mockImplementation(() => {});
afterEach(() => vi.restoreAllMocks());

describe.each(brokenFiles)('a dataset file %s', (_, answer) => {
  const env = envWith({ fetch: answer });

  // The GET routes: POST and PATCH are in test/worker/reports.test.ts, with a database that fails.
  it.each(operations.filter((op) => op.method === 'get').map((op) => [op.operationId, op] as const))('%s', async (_id, op) => {
    const app = await freshWorker();
    const log = quietLog();
    const target = `${apiBase}${op.examples[0]}`;
    const response = await app.request(target, {}, env, executionContext);
    if (!op.errors.includes('unavailable')) {
      expect(response.status, target).toBe(200);
      return;
    }
    expect(response.status, target).toBe(503);
    expect(log).toHaveBeenCalledOnce();
    const h = response.headers;
    expect(h.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    expect(h.get('Cache-Control')).toBe('no-store');
    expect(h.get('Access-Control-Allow-Origin')).toBe('*');
    expect(h.get('Allow')).toBe(routeMethods(new URL(target, 'https://x').pathname)!.join(', '));
    expect(h.get('Retry-After')).toBe('30');
    expect(h.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(h.get('X-Content-Type-Options')).toBe('nosniff');
    expect(h.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
    expect(h.get('ETag')).toBeNull();
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      type: '/api/#problem-unavailable', title: 'Data unavailable', status: 503, detail: expect.any(String), meta,
    });
    expect(text).not.toMatch(/Error|\.ts:\d+|dataset\.json/);
  });

  it('answers the docs page with the 503 problem too: the build wrote it among the assets', async () => {
    const app = await freshWorker();
    quietLog();
    const response = await app.request('/api/', {}, env, executionContext);
    expect(response.status).toBe(503);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
  });

  it('leaves the preflight, the 405 and the 404 as they are', async () => {
    const app = await freshWorker();
    const preflight = { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' } };
    expect((await app.request(`${apiBase}/agreements`, preflight, env, executionContext)).status).toBe(204);
    expect((await app.request(`${apiBase}/agreements`, { method: 'POST' }, env, executionContext)).status).toBe(405);
    expect((await app.request(`${apiBase}/nothing`, {}, env, executionContext)).status).toBe(404);
  });
});

describe('after a failed read', () => {
  it('the next request reads the file again, and answers', async () => {
    const app = await freshWorker();
    quietLog();
    const target = `${apiBase}/agreements/ua`;
    expect((await app.request(target, {}, envWith({ fetch: brokenFiles[0][1] }), executionContext)).status).toBe(503);
    const response = await app.request(target, {}, envWith(builtAssets), executionContext);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { agreement: { id: string } }).agreement.id).toBe('ukr');
  });
});
