// `npm run bench`: every performance figure beside its budget; exits non-zero when one is missed.
// Figures from `wrangler dev` on this machine are ratios or byte counts; absolute req/s are for comparison
// between runs only.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '../scripts/dev-server.mjs';
import { workerBundle } from './bundle.mjs';
import { measureFirstView } from './first-view.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { load, loadSideBySide, median } from './load.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @type {{ figure: string, value: string, budget: string, ok: boolean }[]} */
const rows = [];
const check = (figure, value, budget, ok) => rows.push({ figure, value, budget, ok });

const bundle = workerBundle();
check('Worker bundle, gzipped (wrangler deploy --dry-run)', kb(bundle.gzipBytes), '≤ 50 KB', bundle.gzipBytes <= 50 * 1024);
console.log(`Worker bundle: ${kb(bundle.bytes)}, ${kb(bundle.gzipBytes)} gzipped`);

// Each language but English is its own files, loaded when it is chosen: the page's words (words-uk-….js) and
// those of the parts loaded when reached (words-later-uk-….js), named so by vite.config.ts.
const assets = readdirSync('web/dist/assets');
for (const lang of ['es', 'fr', 'pt', 'uk', 'ar']) {
  const files = assets.filter((f) => new RegExp(`^words-(later-)?${lang}-[\\w-]+\\.js$`).test(f));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(`web/dist/assets/${f}`), { level: 9 }).length, 0);
  check(`Messages in ${lang} (${files.length} files), gzipped`, kb(bytes), '≤ 10 KB', files.length === 2 && bytes <= 10 * 1024);
}

/** The time to a whole answer, and its text. */
async function timedGet(url) {
  const started = performance.now();
  const text = await (await fetch(url)).text();
  return { ms: performance.now() - started, text };
}

/** The country page the page budgets are also measured on: written by the Worker for each request. */
const countryPage = '/country/ukr';
/** The page right to left, its messages loaded as they are when the language is chosen. */
const arabicPage = '/?lang=ar';

// Cold start: the Worker reads the dataset on the first request that needs it. The server is ready once a
// route that does not read it answers, so the first request for the list is the isolate's first read.
// One start varies a lot, so there are several (COLD_STARTS), each a fresh `wrangler dev`.
const coldStarts = Number(process.env.COLD_STARTS ?? 5);
const starts = [];
for (let i = 0; i < coldStarts; i++) {
  const fresh = await startDevServer({ readyPath: '/api/v1/openapi.json' });
  try {
    const cold = await timedGet(`${fresh.url}/api/v1/agreements`);
    const warm = await timedGet(`${fresh.url}/api/v1/agreements`);
    const page = await timedGet(`${fresh.url}${countryPage}`);
    starts.push({ cold: cold.ms, warm: warm.ms, text: warm.text, page: page.text });
  } finally {
    await fresh.stop();
  }
}
/** @param {number[]} values */
const timings = (values) => `median ${median(values).toFixed(1)} ms (${values.map((v) => v.toFixed(0)).join(', ')})`;
console.log(`Cold start, ${coldStarts} fresh starts: the first /api/v1/agreements (it reads the dataset) ` +
  `${timings(starts.map((s) => s.cold))}; the second ${timings(starts.map((s) => s.warm))}`);
// Static copies of the API's answer and of the country page, served by the same process, are the load tests'
// baselines (the asset layer serves /bench/country-ukr.html at /bench/country-ukr).
const staticPath = '/bench/agreements.json';
const staticPage = '/bench/country-ukr';
mkdirSync('web/dist/bench', { recursive: true });
writeFileSync(`web/dist${staticPath}`, starts[0].text);
writeFileSync(`web/dist${staticPage}.html`, starts[0].page);
const server = await startDevServer();

try {
  /** @type {Record<string, number>} */
  const firstViews = {};
  for (const path of ['/', countryPage, arabicPage]) {
    const view = await measureFirstView(`${server.url}${path}`);
    firstViews[path] = view.bytes;
    for (const r of view.requests) console.log(`first view of ${path}: ${kb(r.bytes).padStart(9)}  ${r.url}`);
    // English's budget; another language is held to English's plus its messages (below).
    if (path !== arabicPage) check(`First view of ${path}, transferred`, kb(view.bytes), '≤ 120 KB', view.bytes <= 120 * 1024);
    check(`Data request of ${path} starts while the script loads`, String(view.dataStartsBeforeScriptEnds), 'true', view.dataStartsBeforeScriptEnds);
    const geometry = view.requests.find((r) => r.url.includes('world.topo'));
    if (path === '/') check('Geometry (built 1:110m topology), transferred', geometry ? kb(geometry.bytes) : 'missing', '≤ 40 KB', Boolean(geometry && geometry.bytes <= 40 * 1024));
    const words = view.requests.find((r) => /\/assets\/words-ar-[\w-]+\.js$/.test(r.url));
    if (path === arabicPage) check('Arabic messages (loaded when chosen), transferred', words ? kb(words.bytes) : 'missing', '≤ 10 KB', Boolean(words && words.bytes <= 10 * 1024));
  }
  const added = firstViews[arabicPage] - firstViews['/'];
  check(`First view in Arabic (${arabicPage}) against English (/)`, `+${kb(added)}`, '≤ +10 KB', added <= 10 * 1024);

  const page = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip, br' } });
  const html = await page.text();
  const scriptPath = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  const asset = await fetch(`${server.url}${scriptPath}`, { headers: { 'accept-encoding': 'gzip, br' } });
  const htmlCache = page.headers.get('cache-control') ?? '';
  const assetCache = asset.headers.get('cache-control') ?? '';
  check('HTML Cache-Control', htmlCache, 'revalidated', /max-age=0|no-cache/.test(htmlCache));
  check('Hashed assets Cache-Control', assetCache, '1 year, immutable', /max-age=31536000/.test(assetCache) && /immutable/.test(assetCache));
  const encoding = asset.headers.get('content-encoding') ?? 'none';
  check('Compression of the script', encoding, 'gzip or br', /gzip|br/.test(encoding));

  for (const path of ['/', countryPage, arabicPage]) {
    const lh = await runLighthouse(`${server.url}${path}`, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
    check(`Lighthouse performance (mobile), ${path}`, String(lh.performance), '≥ 98', lh.performance >= 98);
    check(`Lighthouse accessibility, ${path}`, String(lh.accessibility), '100', lh.accessibility === 100);
    check(`Lighthouse best practices, ${path}`, String(lh.bestPractices), '100', lh.bestPractices === 100);
    check(`Lighthouse SEO, ${path}`, String(lh.seo), '100', lh.seo === 100);
    if (lh.failing.length) console.log(`Lighthouse audits not passed on ${path}: ${lh.failing.join(', ')}`);
    console.log(`Lighthouse ${path} (median of runs scoring ${lh.performanceRuns.join(', ')}): FCP ${lh.fcpMs} ms, LCP ${lh.lcpMs} ms, ` +
      `TBT ${lh.tbtMs} ms, CLS ${lh.cls}, longest task ${lh.longestTaskMs} ms (simulated, 4× slower CPU)`);
  }

  const options = { connections: 16, seconds: Number(process.env.BENCH_SECONDS ?? 5), rounds: Number(process.env.BENCH_ROUNDS ?? 3) };
  await load(`${server.url}/api/v1/agreements`, { connections: 4, seconds: 2 }); // warm-up
  const { baseline, candidate: api } = await loadSideBySide(
    { baseline: `${server.url}${staticPath}`, candidate: `${server.url}/api/v1/agreements` }, options,
  );
  for (const [name, r] of [['Static file', baseline], ['API', api]]) {
    console.log(`${`${name}:`.padEnd(13)} ${r.perSecond} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (median of ${options.rounds} rounds of ${options.seconds} s: ${r.rounds.join('; ')}), ${r.errors} errors`);
  }
  const ratio = api.perSecond / baseline.perSecond;
  /** @param {number} ms @param {number} baselineMs */
  const slower = (ms, baselineMs) => ms / Math.max(1, baselineMs);
  check('API req/s as a share of the static file', `${Math.round(ratio * 100)} %`, '≥ 80 %', ratio >= 0.8);
  check('API p50 latency against the static file', `${slower(api.p50Ms, baseline.p50Ms).toFixed(2)}×`, '≤ 1.20×', slower(api.p50Ms, baseline.p50Ms) <= 1.2);
  check('API p99 latency against the static file', `${slower(api.p99Ms, baseline.p99Ms).toFixed(2)}×`, '≤ 1.20×', slower(api.p99Ms, baseline.p99Ms) <= 1.2);
  check('Errors under load', String(api.errors + baseline.errors), '0', api.errors + baseline.errors === 0);

  // The country page as the Worker writes it (HTMLRewriter over the built page) against a static copy of it.
  await load(`${server.url}${countryPage}`, { connections: 4, seconds: 2 }); // warm-up
  const { baseline: staticHtml, candidate: rendered } = await loadSideBySide(
    { baseline: `${server.url}${staticPage}`, candidate: `${server.url}${countryPage}` }, options,
  );
  for (const [name, r] of [['Static page', staticHtml], [countryPage, rendered]]) {
    console.log(`${`${name}:`.padEnd(13)} ${r.perSecond} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (median of ${options.rounds} rounds of ${options.seconds} s: ${r.rounds.join('; ')}), ${r.errors} errors`);
  }
  const htmlRatio = slower(rendered.p50Ms, staticHtml.p50Ms);
  check(`${countryPage} p50 latency against the static page`, `${htmlRatio.toFixed(2)}×`, '≤ 1.20×', htmlRatio <= 1.2);
  check(`${countryPage} req/s as a share of the static page`, `${Math.round((rendered.perSecond / staticHtml.perSecond) * 100)} %`, 'reported', true);
  check('Errors under load (pages)', String(rendered.errors + staticHtml.errors), '0', rendered.errors + staticHtml.errors === 0);
} finally {
  await server.stop();
  rmSync('web/dist/bench', { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.figure.length));
for (const r of rows) console.log(`${r.ok ? 'ok  ' : 'MISS'}  ${r.figure.padEnd(width)}  ${r.value.padEnd(22)}  budget ${r.budget}`);
const missed = rows.filter((r) => !r.ok).length;
console.log(missed ? `${missed} budget(s) missed` : 'every budget met');
process.exitCode = missed ? 1 : 0;
