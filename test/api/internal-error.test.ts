// A failure inside the Worker, caused here by a missing binding: the one 500 problem, logged, with the same
// security headers as every other API answer, and nothing of the failure in the body.
import { afterEach, describe, expect, it, vi } from 'vitest';
import app from '../../worker/index';
import { builtAssets, executionContext } from './stand-ins';

/** No CF_VERSION_METADATA: computing an ETag fails, as any unexpected fault would. */
const brokenEnv = { ASSETS: builtAssets } as unknown as Env;

afterEach(() => vi.restoreAllMocks());

describe('an internal error', () => {
  it('is a 500 problem+json, logged, with the security headers and no stack trace', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await app.request('/api/v1/agreements', {}, brokenEnv, executionContext);
    expect(response.status).toBe(500);
    expect(log).toHaveBeenCalledOnce();
    const h = response.headers;
    expect(h.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(h.get('Cache-Control')).toBe('no-store');
    expect(h.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(h.get('X-Content-Type-Options')).toBe('nosniff');
    expect(h.get('Referrer-Policy')).toBe('no-referrer');
    expect(h.get('Permissions-Policy')).toMatch(/^accelerometer=\(\), camera=\(\)/);
    expect(h.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
    expect(h.get('Access-Control-Allow-Origin')).toBe('*');
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ type: '/api/#problem-internal', status: 500, title: 'Internal error' });
    expect(text).not.toMatch(/CF_VERSION_METADATA|TypeError|\.ts:\d+/);
  });
});
