// The page when the API fails: down, slow, answering garbage, or sending records with gaps. It must show an
// accessible error with a way to try again, keep the map drawn, and throw nothing.
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, watchedPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** The agreements list, in whichever form the page asks for it. */
const agreementsRoute = (url: URL) => url.pathname === '/api/v1/agreements';

async function expectRetryOffered(page: Page): Promise<void> {
  const alert = page.locator('#load-error[role="alert"]');
  await expect.poll(() => alert.isVisible(), { timeout: 15_000 }).toBe(true);
  expect(await alert.textContent()).toContain('could not load its data');
  expect(await page.isVisible('#load-error button#retry')).toBe(true);
  // The map is drawn even so.
  expect(await page.locator('path[data-iso3]').count()).toBeGreaterThan(170);
}

describe('when the API fails', () => {
  it('shows an error with a retry when the API is down, and recovers on retry', async () => {
    const { page, errors } = await watchedPage(browser());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route('**/api/v1/**', (route: Route) => route.abort('connectionrefused'));
    await page.goto(baseUrl);
    await expectRetryOffered(page);
    expect(await page.textContent('#load-error')).toContain('could not be reached');
    await page.unroute('**/api/v1/**');
    await page.click('#retry');
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getAttribute('path[data-iso3="UKR"]', 'data-status')).toBe('cmaa');
    expect(await page.isVisible('#load-error')).toBe(false);
    expect(pageErrors).toEqual([]);
    expect(errors.every((e) => e.includes('Failed to load resource'))).toBe(true);
    await page.close();
  });

  it('says so when the API is too slow', async () => {
    const { page } = await watchedPage(browser());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route(agreementsRoute, () => undefined); // never answers
    await page.goto(baseUrl);
    // The Worker wrote the summary line into the page; the script says when its own data does not come.
    expect(await page.textContent('#summary')).toMatch(/^Today: \d+ countries and the European Union have a customs mutual assistance agreement/);
    await expectRetryOffered(page);
    expect(await page.textContent('#load-error')).toContain('did not answer within 10 seconds');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it.each([
    ['an HTML error page', { status: 500, contentType: 'text/html', body: '<h1>Oops</h1>' }, 'answered with an error (500)'],
    ['something that is not JSON', { status: 200, contentType: 'application/json', body: '{"agreements": [' }, 'not JSON'],
    ['JSON of the wrong shape', { status: 200, contentType: 'application/json', body: '{"items": 3}' }, 'unexpected shape'],
  ])('shows an error when the API answers %s', async (_, response, message) => {
    const { page } = await watchedPage(browser());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route(agreementsRoute, (route: Route) => route.fulfill(response));
    await page.goto(baseUrl);
    await expectRetryOffered(page);
    expect(await page.textContent('#load-error')).toContain(message);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows "not known" for a record with missing fields and leaves out one it cannot place', async () => {
    const { page, errors } = await watchedPage(browser());
    const records = [
      { id: 'ukr', partner: { name: 'Ukraine', iso2: 'UA', iso3: 'UKR' }, signed: '2016-05-23' },
      { id: 'nowhere', signed: 'yesterday' },
      { id: 'chn', partner: { name: 'China', iso3: 'CHN' }, signed: 'not a date', sources: [{ url: 'javascript:alert(1)' }] },
    ];
    await page.route(agreementsRoute, (route: Route) => route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ meta: { version: 'test' }, agreements: records }),
    }));
    // The details of today's view load the country's own record.
    await page.route((url) => /^\/api\/v1\/agreements\/(ukr|chn)$/.test(url.pathname), (route: Route) => route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ agreement: records.find((r) => route.request().url().endsWith(`/${r.id}`)) }),
    }));
    await page.goto(`${baseUrl}/?country=UKR`);
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.textContent('#details')).toMatch(/Place of signature/);
    const text = await page.textContent('#details');
    expect(text).toContain('23 May 2016');
    expect(text).toMatch(/Place of signature\s*not known/);
    expect(text).toMatch(/Signed for the United States\s*not known/);
    // "nowhere" has no partner to place; China, with an unreadable date, counts from the day the data was checked.
    expect(await page.$$eval('#partners tbody tr', (rows) => rows.map((r) => r.getAttribute('data-iso3')))).toEqual(['CHN', 'UKR']);
    await page.goto(`${baseUrl}/?country=CHN`);
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.textContent('#details')).toMatch(/Sources/);
    expect(await page.locator('#details a[href^="javascript:"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
