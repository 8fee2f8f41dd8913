// Debian's Chromium driven by playwright-core, with every request and console error recorded, and axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs';

function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/** One Chromium for all the tests of a file, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser;
}

export interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

/** A new page that records every request it makes and every console error or uncaught exception. */
export async function watchedPage(browser: Browser, options: Parameters<Browser['newPage']>[0] = {}): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...options });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, requests, errors };
}

/** Opens a page of the atlas and waits until it has drawn the map. */
export async function openAtlas(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}

/**
 * A point on screen where a country really is: the centre of a shape's bounding box can lie outside it
 * (France with French Guiana), so look for a point whose topmost element is the shape.
 */
export async function countryPoint(page: Page, iso3: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((code) => {
    for (const el of document.querySelectorAll<SVGGraphicsElement>(`path[data-iso3="${code}"]`)) {
      const box = el.getBoundingClientRect();
      for (let fy = 0.5; fy < 1; fy += 0.1) {
        for (const y of [box.top + box.height * fy, box.top + box.height * (1 - fy)]) {
          for (let fx = 0.1; fx < 1; fx += 0.1) {
            const x = box.left + box.width * fx;
            if (document.elementFromPoint(x, y) === el) return { x, y };
          }
        }
      }
    }
    return null;
  }, iso3);
  if (!point) throw new Error(`No clickable point found for ${iso3}`);
  return point;
}

export async function clickCountry(page: Page, iso3: string): Promise<void> {
  const { x, y } = await countryPoint(page, iso3);
  await page.mouse.click(x, y);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe-core finds wrong with the page as it is, one line per rule: the elements at fault. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
