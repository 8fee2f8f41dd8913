// The API under load against `wrangler dev`, beside a static file of the same bytes served by the same
// process in the same run: wrangler dev is a development server, so only the ratio means something.
import autocannon from 'autocannon';

/**
 * @param {string} url
 * @param {{ connections: number, seconds: number }} options
 */
export async function load(url, { connections, seconds }) {
  const result = await autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } });
  return {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
