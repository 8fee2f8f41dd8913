// Retakes the README's screenshots: `npm run screenshots` (after `npm run build`).
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { startDevServer } from './dev-server.mjs';

const shots = [
  { file: 'docs/screenshot-desktop.png', url: '/?country=UKR', viewport: { width: 1280, height: 900 }, scale: 1 },
  { file: 'docs/screenshot-phone.png', url: '/', viewport: { width: 360, height: 780 }, scale: 2 },
  { file: 'docs/screenshot-2005.png', url: '/?asOf=2005-01-01', viewport: { width: 1280, height: 900 }, scale: 1 },
  { file: 'docs/screenshot-ar.png', url: '/country/ukr?lang=ar', viewport: { width: 1280, height: 900 }, scale: 1 },
  { file: 'docs/screenshot-uk.png', url: '/country/bra?lang=uk', viewport: { width: 1280, height: 900 }, scale: 1 },
];

const server = await startDevServer();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: shot.scale });
    await page.goto(server.url + shot.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot.file });
    console.log(shot.file);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
