// What the first view costs in Chromium: every byte transferred from navigation until the page is drawn and
// the network is quiet, and whether the data request starts while the script is still loading.
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';

/** @param {string} url */
export async function measureFirstView(url) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    /** @type {Map<string, { url: string, start: number, end?: number, bytes?: number, type?: string }>} */
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, start: e.timestamp, type: e.type }));
    cdp.on('Network.loadingFinished', (e) => Object.assign(requests.get(e.requestId) ?? {}, { end: e.timestamp, bytes: e.encodedDataLength }));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForLoadState('networkidle');
    const all = [...requests.values()];
    const script = all.find((r) => r.type === 'Script' && r.url.includes('/assets/'));
    const data = all.find((r) => r.url.includes('/api/v1/agreements'));
    return {
      bytes: all.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
      // data: URLs (the browser's own icons) cost no transfer.
      requests: all.filter((r) => !r.url.startsWith('data:')).map((r) => {
        const { pathname, search } = new URL(r.url);
        return { url: pathname + search, bytes: r.bytes ?? 0 };
      }),
      // Preloaded: the data request is on its way before the script has finished loading.
      dataStartsBeforeScriptEnds: Boolean(script?.end && data && data.start < script.end),
    };
  } finally {
    await browser.close();
  }
}
