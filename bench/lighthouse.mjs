// Lighthouse in Debian's Chromium, mobile preset with simulated throttling (Lighthouse's default). Scores
// vary from run to run on a busy machine, so it runs several times and reports the median run, as
// Lighthouse's own guidance on variability advises (five runs by default).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';

/**
 * @param {string} url
 * @param {number} runs
 */
export async function runLighthouse(url, runs = 5) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url));
  results.sort((a, b) => a.performance - b.performance);
  return { ...results[Math.floor(runs / 2)], performanceRuns: results.map((r) => r.performance) };
}

/** One run; a run Lighthouse itself could not complete (it reports a runtime error) is tried again, once. */
async function runOnce(url, retry = true) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  let lhr;
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    lhr = result.lhr;
  } finally {
    chrome.kill();
  }
  if (lhr.runtimeError) {
    console.log(`Lighthouse run failed (${lhr.runtimeError.code}: ${lhr.runtimeError.message})${retry ? '; trying again' : ''}`);
    if (retry) return runOnce(url, false);
    throw new Error(`Lighthouse could not complete a run: ${lhr.runtimeError.code}`);
  }
  const { categories, audits } = lhr;
  /** @param {string} id */
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  /** @param {string} id */
  const ms = (id) => Math.round(audits[id]?.numericValue ?? 0);
  const failing = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  /** @type {{ duration: number }[]} */
  const longTasks = audits['long-tasks']?.details?.items ?? [];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: ms('first-contentful-paint'),
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    longestTaskMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
    failing,
  };
}
