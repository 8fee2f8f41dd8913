// Sharing the atlas, in Chromium: a country's page without script, its address as the page changes, the
// embeddable map framed by another page, the Embed button, and printing a country's page.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openAtlas, sharedBrowser, watchedPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const address = (page: Page) => { const url = new URL(page.url()); return url.pathname + url.search; };

describe('a country page', () => {
  it('says the answer with its dates without any script', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/country/ukr`);
    expect(await page.isVisible('#details')).toBe(true);
    expect(await page.textContent('#details')).toContain('Ukraine has a Customs Mutual Assistance Agreement with the United States, signed 23 May 2016 in Kyiv');
    await page.goto(`${baseUrl}/country/ata`);
    expect(await page.textContent('#details')).toMatch(/No customs mutual assistance agreement with the United States is recorded for Antarctica today; the data was last checked on \d+ \w+ \d{4}/);
    await context.close();
  });

  it('shows the same answer once the script has run, at its own address, with its title', async () => {
    const { page, errors } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/country/ukr`);
    await expect.poll(() => page.textContent('#details')).toContain('Kerlikowske');
    expect(await page.textContent('#details .verdict')).toContain('signed 23 May 2016 in Kyiv');
    expect(await page.getAttribute('path[data-iso3="UKR"]', 'data-selected')).not.toBeNull();
    expect(address(page)).toBe('/country/ukr');
    await page.click('#partners tr[data-iso3="CHN"] button');
    await expect.poll(() => address(page)).toBe('/country/chn');
    expect(await page.title()).toBe('China: customs mutual assistance agreement with the U.S. — CMAA Atlas');
    await page.click('#details-close');
    await expect.poll(() => address(page)).toBe('/');
    expect(await page.title()).toBe('CMAA Atlas — the U.S. Customs Mutual Assistance Agreements, sourced');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('?country=UKR opens Ukraine and shows its own address, /country/ukr', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?country=UKR&asOf=2010-01-01`);
    expect(address(page)).toBe('/country/ukr?asOf=2010-01-01');
    expect(await page.textContent('#details')).toContain('On 1 January 2010, Ukraine was covered');
    await page.close();
  });

  it('a code that no country has keeps saying so, until a country is chosen', async () => {
    const { page, errors } = await watchedPage(browser());
    const response = await page.goto(`${baseUrl}/country/zzz`);
    expect(response?.status()).toBe(404);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent('#details')).toContain('The atlas has no country with the code “zzz”');
    expect(await page.title()).toBe('No such country — CMAA Atlas');
    await page.click('#partners tr[data-iso3="UKR"] button');
    await expect.poll(() => address(page)).toBe('/country/ukr');
    await expect.poll(() => page.textContent('#details')).toContain('Kerlikowske');
    // The browser reports the page's own 404, and nothing else.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.close();
  });

  it('prints as one page with the answer, signatories, sources and citation, and no controls', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/country/ukr`);
    await expect.poll(() => page.textContent('#details')).toContain('Cite this record');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#map', '.tools', '.timeline', '.search', '#partners', '#details-close', 'button[data-copy]']) {
      expect(await page.isVisible(hidden), hidden).toBe(false);
    }
    for (const shown of ['#details .verdict', '#details .sources', '#citation']) expect(await page.isVisible(shown), shown).toBe(true);
    expect(await page.textContent('#details')).toContain('Roman Nasirov');
    await page.close();
  });
});

describe('the embeddable map', () => {
  it('is framed by another page: map, legend, the answer and a link to the atlas, and nothing else', async () => {
    const { page, requests, errors } = await watchedPage(browser(), { viewport: { width: 900, height: 700 } });
    // Another site's article: another origin, served on this machine (Chromium refuses a public page framing
    // a local one).
    const site = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(`<!doctype html><title>An article</title><h1>An article</h1><iframe src="${baseUrl}/embed?country=UKR" width="800" height="500" title="Map"></iframe>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const article = `http://localhost:${(site.address() as AddressInfo).port}/an-article`;
    await page.goto(article);
    const frame = page.frameLocator('iframe');
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await frame.locator('#summary').textContent()).toContain('Ukraine has a Customs Mutual Assistance Agreement with the United States, signed 23 May 2016 in Kyiv');
    expect(await frame.locator('.legend').textContent()).toContain('Own agreement with the U.S.');
    expect(await frame.locator('path[data-iso3="UKR"]').first().getAttribute('data-selected')).not.toBeNull();
    expect(await frame.locator('a#atlas-link').getAttribute('href')).toBe(`${baseUrl}/country/ukr`);
    for (const absent of ['#partners', '#search-input', '#date-slider', '.tools', '#details']) expect(await frame.locator(absent).count(), absent).toBe(0);
    expect(requests.filter((url) => !url.startsWith(`${baseUrl}/`) && !url.startsWith('data:') && url !== article)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
    site.close();
  });

  it('answers a click on a country with its answer, and has no accessibility violation', async () => {
    const { page } = await watchedPage(browser(), { viewport: { width: 800, height: 500 } });
    await openAtlas(page, `${baseUrl}/embed`);
    expect(await page.textContent('#summary')).toMatch(/^Today: \d+ countries and the European Union have a customs mutual assistance agreement/);
    await page.click('path.marker[data-iso3="SGP"]');
    await expect.poll(() => page.textContent('#summary')).toContain('Singapore has a Customs Mutual Assistance Agreement');
    expect(await page.getAttribute('#atlas-link', 'href')).toBe(`${baseUrl}/country/sgp`);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => (await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map((v) => v.id));
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the Embed button', () => {
  it('gives the <iframe> of the view shown, loaded when pressed', async () => {
    const { page, requests } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/country/ukr?asOf=2018-01-01`);
    expect(requests.some((url) => url.includes('embed-dialog'))).toBe(false);
    await page.click('#embed-open');
    await page.waitForSelector('#embed-dialog[open]');
    expect(requests.some((url) => url.includes('embed-dialog'))).toBe(true);
    const code = await page.inputValue('#embed-code');
    expect(code).toMatch(new RegExp(`^<iframe src="${baseUrl}/embed\\?country=UKR&#38;asOf=2018-01-01" width="800" height="500" title="Ukraine: [^"]+" style="border:0;max-width:100%" loading="lazy"></iframe>$`));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.click('#embed-dialog [data-action="copy"]');
    await expect.poll(() => page.textContent('#embed-status')).toBe('HTML copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.isVisible('#embed-dialog')).toBe(false);
    await page.close();
  });
});
