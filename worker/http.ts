// HTTP for every /api/ answer: security headers, the methods of each route, CORS, caching validators and
// query validation. index.ts puts them in order.

import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import { validator } from 'hono/validator';
import meta from '../data/meta.json';
import { cacheControl, liveCacheControl, privateCacheControl } from './cache-control';
import { routeMethods } from './operations';
import { problem } from './problem';
import { parseQuery, type QueryParameter } from './query';

/** `dataVersion`: the version of the data an answer comes from, where it is a release's (releases.ts). */
export type AppContext = Context<{ Bindings: Env; Variables: { dataVersion?: string } }>;

/**
 * Nothing an API answer holds may run or be framed, and any origin may read it (as CORS says). No powerful
 * feature is used, and HTTPS is required for a year: the same Permissions-Policy and HSTS as the page's
 * (web/public/_headers). `no-referrer` (hono's default) stays: no link on the docs page needs to say where
 * its reader came from.
 */
export const apiSecurity = secureHeaders({
  crossOriginResourcePolicy: 'cross-origin',
  xFrameOptions: 'DENY',
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  permissionsPolicy: {
    accelerometer: [], camera: [], geolocation: [], gyroscope: [], magnetometer: [], microphone: [], payment: [], usb: [],
  },
  // The docs page sends its own policy, which lets its stylesheet apply.
  overwrite: false,
});

/** An /api/ path that is no route: a 404 problem, whatever the method. */
export const noSuchRoute = (c: Context) =>
  problem(c, 'not-found', `No API route at ${c.req.path}. The routes are listed at /api/ and in /api/v1/openapi.json.`);

/**
 * `Allow` on every answer of a route: the methods it answers. An OPTIONS request for a path that is no route
 * is answered here with the 404 problem, because hono/cors (next) would approve a preflight for any path; the
 * 404 stays readable from any origin.
 */
export const allowedMethods: MiddlewareHandler = async (c, next) => {
  const methods = routeMethods(c.req.path);
  if (methods) {
    c.header('Allow', methods.join(', '));
    return next();
  }
  if (c.req.method !== 'OPTIONS') return next();
  c.header('Access-Control-Allow-Origin', '*');
  return noSuchRoute(c);
};

/**
 * Any origin may use the API, reports included (they carry no cookie, and maintainers authenticate with a
 * token, not a session); a preflight allows the route's methods and is cached for a day.
 */
export const apiCors = cors({
  origin: '*',
  allowMethods: (_origin, c) => [...(routeMethods(c.req.path) ?? [])],
  exposeHeaders: ['ETag', 'Content-Disposition', 'Allow', 'Location', 'Retry-After'],
  maxAge: 86_400,
});

/**
 * hono/etag answers If-None-Match (weak comparison, lists and `*`) with 304 Not Modified. It uses the tag
 * that `representationHeaders` sets instead of hashing each body; a 304 keeps the CORS headers.
 */
export const conditionalGet = etag({
  retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'],
});

const base64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes))).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/**
 * A weak ETag of the representation. An answer is decided by the dataset version, the deployed code and the
 * canonical request (origin, path and the query's pairs sorted; the format is in the path), so the tag is
 * computed from those, cheaply and before any body is read. It starts with the dataset version (a release's,
 * for an answer from one), so that a client can see which data it holds; the deployed version's id makes a
 * deploy that changes a representation change its tag too. A page adds what else it depends on (the day, for
 * "today").
 */
export async function representationTag(c: AppContext, ...dependsOn: string[]): Promise<string> {
  const url = new URL(c.req.url);
  const pairs = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  const canonical = [c.env.CF_VERSION_METADATA.id, url.origin, url.pathname, new URLSearchParams(pairs).toString(), ...dependsOn].join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return `W/"${c.var.dataVersion ?? meta.version}-${base64url(digest).slice(0, 22)}"`;
}


/**
 * The validators and caching of a successful GET: `Vary: Accept-Encoding`, since Cloudflare compresses by
 * that header, and, for the dataset's answers, their ETag and `cacheControl` (unless the route chose
 * `immutableCacheControl`). The reports' answers (`liveCacheControl`, `privateCacheControl`) change with every
 * report sent: hono/etag tags them by a hash of their content instead.
 */
export const representationHeaders: MiddlewareHandler<{ Bindings: Env; Variables: { dataVersion?: string } }> = async (c, next) => {
  await next();
  if (c.res.status !== 200 || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return;
  const chosen = c.res.headers.get('Cache-Control');
  if (chosen !== liveCacheControl && chosen !== privateCacheControl) {
    c.res.headers.set('ETag', await representationTag(c));
    if (!chosen) c.res.headers.set('Cache-Control', cacheControl);
  }
  c.res.headers.set('Vary', 'Accept-Encoding');
  // HEAD runs the GET route and then drops the body, and the length with it: keep GET's length.
  if (c.req.method === 'HEAD') c.res.headers.set('Content-Length', String((await c.res.clone().arrayBuffer()).byteLength));
};

/** The query, parsed against the parameters a route accepts, or the 400 problem that says why not. */
export const validQuery = (parameters: readonly QueryParameter[]) =>
  validator('query', (_query, c) => {
    const parsed = parseQuery(new URL(c.req.url).searchParams, parameters);
    if (parsed.ok) return parsed.values;
    const { detail, invalidParams, acceptedParams } = parsed;
    return problem(c, 'invalid-parameter', detail, { invalidParams, acceptedParams });
  });
