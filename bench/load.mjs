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

/**
 * The two URLs in alternating rounds (A B, B A, A B, …), so that a burst of other work on the machine weighs
 * on both alike; each figure is the median of its rounds, errors the sum.
 * @param {{ baseline: string, candidate: string }} urls
 * @param {{ connections: number, seconds: number, rounds: number }} options
 */
export async function loadSideBySide({ baseline, candidate }, { rounds, ...options }) {
  /** @type {Record<'baseline' | 'candidate', Awaited<ReturnType<typeof load>>[]>} */
  const runs = { baseline: [], candidate: [] };
  for (let i = 0; i < rounds; i++) {
    const order = /** @type {const} */ (i % 2 ? ['candidate', 'baseline'] : ['baseline', 'candidate']);
    for (const which of order) runs[which].push(await load(which === 'baseline' ? baseline : candidate, options));
  }
  return { baseline: summary(runs.baseline), candidate: summary(runs.candidate) };
}

/** @param {Awaited<ReturnType<typeof load>>[]} runs */
function summary(runs) {
  /** @param {'perSecond' | 'p50Ms' | 'p99Ms'} key */
  const medianOf = (key) => median(runs.map((r) => r[key]));
  return {
    perSecond: medianOf('perSecond'),
    p50Ms: medianOf('p50Ms'),
    p99Ms: medianOf('p99Ms'),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    rounds: runs.map((r) => `${r.perSecond} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`),
  };
}

/** The middle value (the upper of the two middle ones when there is an even number). @param {number[]} values */
export function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
