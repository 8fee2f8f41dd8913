// Readers' reports in Chromium against `wrangler dev` and its local D1 database: the form's code loads only
// when asked for, errors sit beside their fields and are announced, a failed send keeps what was typed, a
// sent report shows its public link and appears in the corrections log, as text.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openAtlas, sharedBrowser, watchedPage } from './browser';

const baseUrl = inject('baseUrl');
const maintainerToken = inject('maintainerToken');
const browser = sharedBrowser();
/** The report code the page loads when asked: its own chunks, never part of the first view. */
const isReportCode = (url: string) => /\/assets\/(form|draft|send|corrections|log)-[\w-]+\.js$/.test(url);

let pages = 0;
/**
 * Opens a country's details and presses one of its report buttons. Each page sends as a client of its own
 * (wrangler dev takes CF-Connecting-IP from the request), so that the rate limit counts each test apart.
 */
async function openForm(page: Page, country: string, button: string): Promise<void> {
  pages += 1;
  await page.setExtraHTTPHeaders({ 'CF-Connecting-IP': `198.51.100.${pages}` });
  await openAtlas(page, `${baseUrl}/?country=${country}`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: button }).click();
  await page.waitForSelector('form#report', { state: 'visible' });
}

const describedBy = (page: Page, selector: string) => page.getAttribute(selector, 'aria-describedby');

describe('the report form', () => {
  it('loads none of its code with the first view, and opens from the details of a partner', async () => {
    const { page, requests, errors } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?country=UKR`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isReportCode)).toEqual([]);
    const button = page.locator('#details button', { hasText: 'Suggest a correction' });
    expect(await button.count()).toBe(1);
    expect(await page.locator('#details button', { hasText: "Report an agreement we don't list" }).count()).toBe(0);
    await button.click();
    await page.waitForSelector('form#report', { state: 'visible' });
    expect(requests.some(isReportCode)).toBe(true);
    const names = await page.$$eval('form#report :is(input, select, textarea)', (els) => els.map((e) => (e as HTMLInputElement).name));
    expect(names).toEqual(['field', 'proposed', 'source', 'comment', 'name', 'email', 'website']);
    expect(await page.isVisible('form#report [name="website"]')).toBe(false);
    expect(await page.textContent('#report-title')).toContain('Ukraine');
    expect(await page.textContent('form#report')).toContain('erased when the report is closed');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('field');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no axe-core violations with the form open, light and dark, on a phone too, and with errors shown', async () => {
    for (const options of [{}, { colorScheme: 'dark' as const }, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true }]) {
      const { page } = await watchedPage(browser(), options);
      await openForm(page, 'NOR', "Report an agreement we don't list");
      expect(await axeViolations(page)).toEqual([]);
      await page.click('form#report button[type="submit"]');
      await expect.poll(() => page.isVisible('#report-comment-error')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      if (options.viewport) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.close();
    }
  });

  it('shows each error beside its field, tied to it and announced, and sends nothing', async () => {
    const { page, requests } = await watchedPage(browser());
    await openForm(page, 'UKR', 'Suggest a correction');
    await page.fill('[name="source"]', 'javascript:alert(1)');
    await page.click('form#report button[type="submit"]');
    await expect.poll(() => page.textContent('#report-status')).toContain('Not sent: 3 fields need attention');
    expect(await page.getAttribute('#report-status', 'role')).toBe('status');
    for (const [field, message] of [['field', 'required'], ['source', 'http:// or https://'], ['comment', 'required']]) {
      expect(await page.textContent(`#report-${field}-error`), field).toContain(message);
      expect(await page.getAttribute(`#report-${field}`, 'aria-invalid'), field).toBe('true');
      expect((await describedBy(page, `#report-${field}`))!.split(' '), field).toContain(`report-${field}-error`);
    }
    expect(await page.getAttribute('#report-proposed', 'aria-invalid')).toBeNull();
    // The first field at fault has the focus, so that its error is read out.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-field');
    expect(requests.filter((url) => url.endsWith('/api/v1/reports'))).toEqual([]);

    await page.selectOption('[name="field"]', 'signedPlace');
    await page.fill('[name="source"]', 'https://www.cbp.gov/');
    await page.fill('[name="comment"]', 'A comment');
    await page.fill('[name="email"]', 'not an address');
    await page.click('form#report button[type="submit"]');
    await expect.poll(() => page.textContent('#report-email-error')).toContain('e-mail address');
    expect(await page.isVisible('#report-source-error')).toBe(false);
    expect(await page.getAttribute('#report-source', 'aria-invalid')).toBeNull();
    expect(await describedBy(page, '#report-source')).toBe('report-source-hint');
    await page.close();
  });

  it('sends a correction: #report-status holds its public link, and the corrections log shows it, as text', async () => {
    const { page, errors } = await watchedPage(browser());
    await openForm(page, 'UKR', 'Suggest a correction');
    const comment = `Kyiv is right <img src=x onerror="document.body.dataset.pwned=1"> ${Date.now()}`;
    await page.selectOption('[name="field"]', 'signedPlace');
    await page.fill('[name="proposed"]', 'Kyiv (Kiev)');
    await page.fill('[name="source"]', 'https://www.cbp.gov/newsroom/example');
    await page.fill('[name="comment"]', comment);
    await page.fill('[name="name"]', 'Olena');
    await page.fill('[name="email"]', 'olena@example.org');
    await page.click('form#report button[type="submit"]');
    const link = page.locator('#report-status a[href^="/api/v1/reports/"]');
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.textContent('#report-status')).toContain('Sent');
    const href = (await link.getAttribute('href'))!;
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    // The form is empty again.
    expect(await page.inputValue('[name="comment"]')).toBe('');

    const record = (await (await fetch(`${baseUrl}${href}`)).json()) as { report: Record<string, unknown> };
    expect(record.report).toMatchObject({ kind: 'correction', agreement: 'ukr', country: 'UKR', field: 'signedPlace', comment });
    expect(JSON.stringify(record)).not.toContain('olena@example.org');

    await page.keyboard.press('Escape');
    await page.locator('#corrections').scrollIntoViewIfNeeded();
    const id = href.split('/').at(-1)!;
    const item = page.locator(`#report-${id}`);
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
    expect(await item.textContent()).toContain(comment);
    expect(await item.textContent()).toContain('Ukraine: place of signature');
    expect(await item.textContent()).toContain('New');
    expect(await page.locator('#corrections img').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports an agreement we don\'t list for a country with none, with its date and place', async () => {
    const { page } = await watchedPage(browser());
    await openForm(page, 'ISL', "Report an agreement we don't list");
    const names = await page.$$eval('form#report :is(input, select, textarea)', (els) => els.map((e) => (e as HTMLInputElement).name));
    expect(names).toEqual(['signed', 'signedPlace', 'source', 'comment', 'name', 'email', 'website']);
    await page.fill('[name="signed"]', '2019-02-30');
    await page.fill('[name="comment"]', 'Signed at a WCO meeting.');
    await page.click('form#report button[type="submit"]');
    await expect.poll(() => page.textContent('#report-signed-error')).toContain('real date');
    await page.fill('[name="signed"]', '2019-03');
    await page.fill('[name="signedPlace"]', 'Reykjavík');
    await page.click('form#report button[type="submit"]');
    await expect.poll(() => page.locator('#report-status a').count(), { timeout: 15_000 }).toBe(1);
    const href = (await page.getAttribute('#report-status a', 'href'))!;
    const { report } = (await (await fetch(`${baseUrl}${href}`)).json()) as { report: Record<string, unknown> };
    expect(report).toMatchObject({ kind: 'missing-agreement', country: 'ISL', signed: '2019-03', signedPlace: 'Reykjavík', agreement: null });
    await page.close();
  });

  it.each<[string, Parameters<import('playwright-core').Route['fulfill']>[0] | 'abort', string]>([
    ['the database is unavailable (503)', { status: 503, contentType: 'application/problem+json', headers: { 'Retry-After': '30' }, body: '{"type":"/api/#problem-unavailable","status":503}' }, 'unavailable just now'],
    ['too many reports (429)', { status: 429, contentType: 'application/problem+json', headers: { 'Retry-After': '42' }, body: '{"status":429}' }, 'Try again in 42 seconds'],
    ['the server cannot be reached', 'abort', 'could not be reached'],
    ['an HTML error page (500)', { status: 500, contentType: 'text/html', body: '<h1>Oops</h1>' }, 'error (500)'],
  ])('keeps what was typed and says it was not sent when %s; sends it on the next try', async (_, answer, message) => {
    const { page } = await watchedPage(browser());
    await openForm(page, 'UKR', 'Suggest a correction');
    await page.route('**/api/v1/reports', (route) => (answer === 'abort' ? route.abort('connectionrefused') : route.fulfill(answer)));
    await page.selectOption('[name="field"]', 'inForce');
    await page.fill('[name="proposed"]', '2017-01-01');
    await page.fill('[name="comment"]', 'Entered into force on ratification.');
    await page.fill('[name="email"]', 'kept@example.org');
    await page.click('form#report button[type="submit"]');
    await expect.poll(() => page.textContent('#report-status')).toContain('Not sent');
    expect(await page.textContent('#report-status')).toContain(message);
    expect(await page.textContent('#report-status')).toContain('What you wrote is still here');
    expect(await page.inputValue('[name="field"]')).toBe('inForce');
    expect(await page.inputValue('[name="proposed"]')).toBe('2017-01-01');
    expect(await page.inputValue('[name="comment"]')).toBe('Entered into force on ratification.');
    expect(await page.inputValue('[name="email"]')).toBe('kept@example.org');
    expect(await page.isEnabled('form#report button[type="submit"]')).toBe(true);

    await page.unroute('**/api/v1/reports');
    await page.click('form#report button[type="submit"]');
    await expect.poll(() => page.locator('#report-status a').count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it('shows the fields the server refused beside them', async () => {
    const { page } = await watchedPage(browser());
    await openForm(page, 'UKR', 'Suggest a correction');
    await page.route('**/api/v1/reports', (route) => route.fulfill({
      status: 400,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: '/api/#problem-invalid-body', status: 400, invalidParams: [{ name: 'contact.email', reason: 'must be an e-mail address, like name@example.org' }] }),
    }));
    await page.selectOption('[name="field"]', 'notes');
    await page.fill('[name="comment"]', 'x');
    await page.fill('[name="email"]', 'olena@example.org');
    await page.click('form#report button[type="submit"]');
    await expect.poll(() => page.textContent('#report-email-error')).toBe('This must be an e-mail address, like name@example.org.');
    expect(await page.getAttribute('#report-email', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-email');
    expect(await page.textContent('#report-status')).toContain('What you wrote is still here');
    await page.close();
  });

  it('closes with Escape, gives the focus back to its button, and keeps the draft for the same subject', async () => {
    const { page } = await watchedPage(browser());
    await openForm(page, 'UKR', 'Suggest a correction');
    await page.fill('[name="comment"]', 'Half written');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.isVisible('form#report')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Suggest a correction');
    await page.getByRole('button', { name: 'Suggest a correction' }).click();
    expect(await page.inputValue('[name="comment"]')).toBe('Half written');
    await page.close();
  });
});

describe('nothing lost against wrangler dev', () => {
  it('stores one row for each of 40 reports sent at once, and lists them all', async () => {
    const total = async () => ((await (await fetch(`${baseUrl}/api/v1/reports?limit=1`)).json()) as { meta: { total: number } }).meta.total;
    const before = await total();
    // Eight clients, five reports each: all within the rate limit.
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => fetch(`${baseUrl}/api/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': `192.0.2.${100 + (i % 8)}` },
      body: JSON.stringify({ kind: 'other', comment: `Concurrent report ${i}` }),
    })));
    expect(answers.map((a) => a.status)).toEqual(Array(40).fill(201));
    const ids = await Promise.all(answers.map(async (a) => ((await a.json()) as { report: { id: string } }).report.id));
    expect(await total()).toBe(before + 40);
    for (const id of ids) expect((await fetch(`${baseUrl}/api/v1/reports/${id}`)).status).toBe(200);
  });
});

describe('the corrections log', () => {
  it('lists reports with their status and the maintainers\' reply, as text', async () => {
    const post = await fetch(`${baseUrl}/api/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '192.0.2.250' },
      body: JSON.stringify({ kind: 'missing-agreement', country: 'NOR', comment: '</li><script>document.body.dataset.pwned=1</script>', source: 'https://www.toll.no/' }),
    });
    const { report } = (await post.json()) as { report: { id: string } };
    const review = await fetch(`${baseUrl}/api/v1/reports/${report.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${maintainerToken}` },
      body: JSON.stringify({ status: 'rejected', reply: 'No source confirms it <b>yet</b>.' }),
    });
    expect(review.status).toBe(200);

    const { page, errors } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    await page.locator('#corrections').scrollIntoViewIfNeeded();
    const item = page.locator(`#report-${report.id}`);
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
    const text = await item.textContent();
    expect(text).toContain('Norway: an agreement not listed');
    expect(text).toContain('Not accepted');
    expect(text).toContain('</li><script>document.body.dataset.pwned=1</script>');
    expect(text).toContain('Reply: No source confirms it <b>yet</b>.');
    expect(await item.locator('a[href="https://www.toll.no/"]').getAttribute('rel')).toContain('nofollow');
    expect(await item.locator('a[href$="/api/v1/reports/' + report.id + '"]').count()).toBe(1);
    expect(await page.locator('#corrections script, #corrections b').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
