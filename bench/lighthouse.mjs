// Lighthouse in Debian's Chromium, mobile preset with simulated throttling (Lighthouse's default). Scores
// vary from run to run on a busy machine, so it runs several times and reports the median run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';

/**
 * @param {string} url
 * @param {number} runs
 */
export async function runLighthouse(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url));
  results.sort((a, b) => a.performance - b.performance);
  return { ...results[Math.floor(runs / 2)], performanceRuns: results.map((r) => r.performance) };
}

/** @param {string} url */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    /** @param {string} id */
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      failing,
    };
  } finally {
    chrome.kill();
  }
}
