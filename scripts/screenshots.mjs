// Takes the README's screenshots of a running atlas: `npm start`, then `npm run screenshots [URL]`.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8787';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [
  { file: 'docs/screenshot-desktop.png', url: '/?country=UKR', viewport: { width: 1280, height: 900 }, scale: 1, fullPage: false },
  { file: 'docs/screenshot-phone.png', url: '/', viewport: { width: 360, height: 780 }, scale: 2, fullPage: false },
  { file: 'docs/screenshot-2005.png', url: '/?asOf=2005-01-01', viewport: { width: 1280, height: 900 }, scale: 1, fullPage: false },
];
for (const shot of shots) {
  const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: shot.scale });
  await page.goto(base + shot.url);
  await page.waitForSelector('body[data-ready="true"]');
  if (shot.scroll) await page.locator(shot.scroll).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: shot.file, fullPage: shot.fullPage });
  console.log(shot.file);
  await page.close();
}
await browser.close();
