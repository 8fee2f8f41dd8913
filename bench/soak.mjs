// `npm run soak`: many clients at once, for a set time, against the Worker under `wrangler dev`: a mix of API
// routes (lists, asOf, code look-ups, CSV, 304s, expected 400s and 404s) and the page. Reports the requests,
// the errors and the latency of each route, and exits non-zero on any error: a 5xx, a connection error or
// timeout, or a status other than the one the route must answer. Builds nothing: run `npm run build` first.
//
//   SOAK_SECONDS      how long to hold the load (default 30)
//   SOAK_CONNECTIONS  concurrent connections, shared out among the routes (default 64)
//
// wrangler dev is a development server: its latencies are for comparing runs on one machine, and the point
// of the soak is that nothing fails under sustained concurrency, not the speed.
import autocannon from 'autocannon';
import { startDevServer } from '../scripts/dev-server.mjs';

const seconds = Number(process.env.SOAK_SECONDS ?? 30);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 64);

/**
 * @typedef {{ name: string, path: string, status: number, headers?: Record<string, string> }} Route
 * @param {string} url
 * @returns {Promise<Route[]>} the mix, with the ETag and the script's hashed name taken from the running server
 */
async function routeMix(url) {
  const etag = (await fetch(`${url}/api/v1/agreements/ua`)).headers.get('etag');
  const scriptPath = (await (await fetch(`${url}/`)).text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  if (!etag || !scriptPath) throw new Error('The server answered without an ETag or a script: is the build current?');
  return [
    { name: 'list', path: '/api/v1/agreements', status: 200 },
    { name: 'list ?asOf', path: '/api/v1/agreements?asOf=2000-01-01', status: 200 },
    { name: 'list ?q&fields', path: '/api/v1/agreements?q=kor&fields=partner,signed', status: 200 },
    { name: 'code ua', path: '/api/v1/agreements/ua', status: 200 },
    { name: 'code 804', path: '/api/v1/agreements/804?fields=signed,signatories', status: 200 },
    { name: 'CSV', path: '/api/v1/agreements.csv?status=all', status: 200 },
    { name: 'mras', path: '/api/v1/mras', status: 200 },
    { name: '304 If-None-Match', path: '/api/v1/agreements/ua', status: 304, headers: { 'if-none-match': etag } },
    { name: '400 bad date', path: '/api/v1/agreements?asOf=2016-02-30', status: 400 },
    { name: '404 unknown code', path: '/api/v1/agreements/zz', status: 404 },
    { name: '404 no route', path: '/api/v1/nothing-here', status: 404 },
    { name: 'page /', path: '/', status: 200 },
    { name: 'page script', path: scriptPath, status: 200 },
  ];
}

/**
 * One autocannon instance per route, all at once, so that each route has its own latency histogram.
 * @param {string} url
 * @param {Route} route
 * @param {number} routeConnections
 */
async function soakRoute(url, route, routeConnections) {
  const result = await autocannon({
    url: url + route.path,
    connections: routeConnections,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip', ...route.headers },
  });
  const statuses = /** @type {Record<string, { count: number }>} */ (result.statusCodeStats);
  const wrongStatus = Object.entries(statuses).filter(([code]) => Number(code) !== route.status).reduce((n, [, s]) => n + s.count, 0);
  return {
    route: route.name,
    connections: routeConnections,
    requests: result.requests.total,
    // A 5xx is a wrong status too; connection errors and timeouts never got one.
    errors: wrongStatus + result.errors + result.timeouts,
    statuses: Object.entries(statuses).map(([code, s]) => `${code}×${s.count}`).join(' '),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

const server = await startDevServer();
const stop = () => server.stop();
process.on('SIGINT', () => { stop(); process.exit(130); });
// Whatever happens, the soak ends: autocannon stops at its duration, and this stops a soak that did not.
const watchdog = setTimeout(() => { console.error('The soak overran its time: stopped.'); stop(); process.exit(2); }, (seconds + 60) * 1000);

try {
  const routes = await routeMix(server.url);
  const share = (i) => Math.floor(connections / routes.length) + (i < connections % routes.length ? 1 : 0);
  console.log(`Soak: ${connections} connections for ${seconds} s against ${server.url} (wrangler dev), ${routes.length} routes`);
  const rows = await Promise.all(routes.map((route, i) => soakRoute(server.url, route, Math.max(1, share(i)))));

  const width = Math.max(...rows.map((r) => r.route.length));
  console.log(`${'route'.padEnd(width)}  conns  requests  errors  p50 ms  p99 ms  max ms  statuses`);
  for (const r of rows) {
    console.log(
      `${r.route.padEnd(width)}  ${String(r.connections).padStart(5)}  ${String(r.requests).padStart(8)}  ${String(r.errors).padStart(6)}  ` +
      `${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.max).padStart(6)}  ${r.statuses}`,
    );
  }
  const total = rows.reduce((n, r) => n + r.requests, 0);
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  const worstP99 = Math.max(...rows.map((r) => r.p99));
  const worstMax = Math.max(...rows.map((r) => r.max));
  console.log(`Total: ${total} requests in ${seconds} s (${Math.round(total / seconds)}/s), ${errors} errors, worst p99 ${worstP99} ms, worst max ${worstMax} ms`);
  process.exitCode = errors ? 1 : 0;
} finally {
  clearTimeout(watchdog);
  await stop();
}
