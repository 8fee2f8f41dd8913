// The page as people explore it, in Chromium: timeline, table twin, search, keyboard, URL state,
// downloads, accessibility (axe-core), the phone layout and dark mode.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseView } from '../../data/links';
import { clickCountry, openAtlas, sharedBrowser, watchedPage } from './browser';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = sharedBrowser();

const statusOf = (page: Page, iso3: string) => page.getAttribute(`[data-iso3="${iso3}"]:not(tr)`, 'data-status');
const query = (page: Page) => new URL(page.url()).searchParams;
/** The country the address shows: `/country/ukr` once the page has chosen one. */
const countryShown = (page: Page) => parseView(new URL(page.url()).pathname, new URL(page.url()).search).country;

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('timeline', () => {
  it('shows the map as of ?asOf: a partner that signed in 2019 is not yet one in 2015', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?asOf=2015-01-01`);
    expect(await statusOf(page, 'VNM')).toBe('none');
    expect(await statusOf(page, 'UKR')).toBe('cmaa'); // through the 1990 U.S.–USSR agreement
    expect(await page.textContent('#summary')).toContain('On 1 January 2015');
    await openAtlas(page, baseUrl);
    expect(await statusOf(page, 'VNM')).toBe('cmaa');
    await page.close();
  });

  it('follows EU accession and the United Kingdom\'s withdrawal and own agreement', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?asOf=2013-06-30`);
    expect(await statusOf(page, 'HRV')).toBe('none');
    await openAtlas(page, `${baseUrl}/?asOf=2013-07-01`);
    expect(await statusOf(page, 'HRV')).toBe('eu');
    await openAtlas(page, `${baseUrl}/?asOf=2020-12-15`);
    expect(await statusOf(page, 'GBR')).toBe('eu');
    await openAtlas(page, `${baseUrl}/?asOf=2020-12-16`);
    expect(await statusOf(page, 'GBR')).toBe('cmaa');
    await page.close();
  });

  it('moves the map with the date field and the slider, and plays', async () => {
    const { page, errors } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    await page.fill('#date-input', '2000-01-01');
    await page.dispatchEvent('#date-input', 'change');
    await expect.poll(() => statusOf(page, 'VNM')).toBe('none');
    expect(query(page).get('asOf')).toBe('2000-01-01');
    const min = Number(await page.getAttribute('#date-slider', 'min'));
    await page.$eval('#date-slider', (el, v) => {
      (el as HTMLInputElement).value = String(v);
      el.dispatchEvent(new Event('input'));
      el.dispatchEvent(new Event('change'));
    }, min);
    const first = query(page).get('asOf')!;
    expect(first < '1980-01-01').toBe(true);
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('true');
    await page.waitForTimeout(600);
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('false');
    expect(query(page).get('asOf')! > first).toBe(true);
    await page.click('#today');
    expect(query(page).has('asOf')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("marks the days the network changed with the full records' dates once they are loaded", async () => {
    const ticks = (page: Page) => page.$$eval('#change-days option', (options) => options.map((o) => o.getAttribute('value')));
    // Loaded for another date, the page has the full records from the start.
    const { page: complete } = await watchedPage(browser());
    await openAtlas(complete, `${baseUrl}/?asOf=2020-01-01`);
    const fullTicks = await ticks(complete);
    await complete.close();

    // Today's map starts from a summary, in which undated agreements count from the day the data was checked.
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    const summaryTicks = await ticks(page);
    expect(summaryTicks).not.toEqual(fullTicks);
    // A country's details today load only its own record; another date loads them all.
    await clickCountry(page, 'UKR');
    await expect.poll(() => page.textContent('#details-body')).toContain('Kerlikowske');
    expect(await ticks(page)).toEqual(summaryTicks);
    await page.fill('#date-input', '2010-01-01');
    await page.dispatchEvent('#date-input', 'change');
    await expect.poll(() => ticks(page)).toEqual(fullTicks);
    await page.close();
  });
});

describe('every partner visible and clickable', () => {
  it('gives small partners a marker with the same hooks', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    for (const iso3 of ['SGP', 'BHR', 'CPV', 'TTO', 'MLT']) {
      const marker = page.locator(`path.marker[data-iso3="${iso3}"]`);
      expect(await marker.count(), iso3).toBe(1);
      expect(await marker.isVisible(), iso3).toBe(true);
    }
    await page.click('path.marker[data-iso3="TTO"]');
    await expect.poll(() => page.textContent('#details h2')).toBe('Trinidad and Tobago');
    await page.close();
  });
});

describe('table twin', () => {
  it('has one row per partner, following the date of the map', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    const keys = await page.$$eval('table#partners tbody tr[data-iso3]', (rows) => rows.map((r) => r.getAttribute('data-iso3')));
    expect(keys).toContain('UKR');
    expect(keys).toContain('EU');
    expect(new Set(keys).size).toBe(keys.length);
    // The summary says as much as the table shows: its countries and the EU are the table's rows.
    const summary = (await page.textContent('#summary'))!;
    const sentence = /^Today: (\d+) countries and the European Union have a customs mutual assistance agreement with the United States\. \d+ more countries are covered through the EU's\.$/;
    expect(summary).toMatch(sentence);
    const [, countries] = sentence.exec(summary)!;
    expect(Number(countries) + 1).toBe(keys.length);
    expect(await page.textContent('#partners-caption')).toContain(`${keys.length} partners with an agreement today: ${countries} countries and the European Union.`);
    // No former state is a partner today.
    expect(keys).not.toContain('SUN');
    expect(keys).not.toContain('CSK');
    await openAtlas(page, `${baseUrl}/?asOf=2010-01-01`);
    const then = await page.$$eval('table#partners tbody tr[data-iso3]', (rows) => rows.map((r) => r.getAttribute('data-iso3')));
    expect(then).not.toContain('VNM');
    expect(then.length).toBeLessThan(keys.length);
    await page.close();
  });

  it("lists a former state's agreement until the state dissolved, then among the earlier agreements", async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?asOf=1991-06-01`);
    const rows = () => page.$$eval('table#partners tbody tr[data-iso3]', (trs) => trs.map((r) => r.getAttribute('data-iso3')));
    expect(await rows()).toContain('SUN');
    expect(await page.textContent('#summary')).toMatch(/^On 1 June 1991: \d+ countries have a customs mutual assistance agreement/);
    expect(await page.textContent('#earlier-body')).toContain('No agreement had ended by 1 June 1991.');
    await openAtlas(page, baseUrl);
    expect(await rows()).not.toContain('SUN');
    const earlier = (await page.textContent('#earlier-body'))!;
    expect(earlier).toContain('The 1990 U.S.–Union of Soviet Socialist Republics agreement');
    expect(earlier).toContain('ceased to exist on 26 December 1991');
    expect(earlier).toMatch(/Czechoslovakia.*ceased to exist on 31 December 1992/);
    expect(earlier).toMatch(/Replaced by the 2020 U\.S\.–Paraguay agreement/);
    // A successor named there opens its details, which show the earlier agreement too.
    await page.click('#earlier-body button[data-select="UKR"]');
    await expect.poll(() => page.textContent('#details h2')).toBe('Ukraine');
    await expect.poll(() => page.textContent('#details .earlier-agreements')).toMatch(/Earlier agreements.*1990 U\.S\.–Union of Soviet Socialist Republics agreement.*ceased to exist on 26 December 1991/s);
    await page.close();
  });

  it('sorts by name and by dates', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    const names = () => page.$$eval('#partners tbody th', (cells) => cells.map((c) => c.textContent ?? ''));
    const byName = await names();
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    await page.click('button[data-sort="signed"]');
    expect(await page.getAttribute('th:has(button[data-sort="signed"])', 'aria-sort')).toBe('ascending');
    const signed = await page.$$eval('#partners tbody tr', (rows) => rows.map((r) => r.children[1].textContent));
    expect(signed[0]).toMatch(/19[0-9]{2}/);
    expect(signed.at(-1)).toBe('not known');
    await page.click('button[data-sort="signed"]');
    expect(await page.getAttribute('th:has(button[data-sort="signed"])', 'aria-sort')).toBe('descending');
    await page.close();
  });

  it('keeps table and map in sync both ways', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    await clickCountry(page, 'UKR');
    await expect.poll(() => page.getAttribute('#partners tr[data-iso3="UKR"]', 'aria-selected')).toBe('true');
    await page.click('#partners tr[data-iso3="CHN"] button');
    await expect.poll(() => page.textContent('#details h2')).toBe('China');
    expect(await page.getAttribute('path[data-iso3="CHN"]', 'data-selected')).not.toBeNull();
    expect(await page.getAttribute('path[data-iso3="UKR"]', 'data-selected')).toBeNull();
    expect(await page.locator('#partners tr[aria-selected="true"]').count()).toBe(1);
    expect(await page.getAttribute('#partners tr[data-iso3="CHN"]', 'aria-selected')).toBe('true');
    await page.close();
  });
});

describe('search', () => {
  it.each([
    ['Viet', 'VNM'],
    ['ua', 'UKR'],
    ['Korea, Republic of', 'KOR'],
    ['cote', 'CIV'],
  ])('finds %s', async (typed, iso3) => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    await page.fill('#search-input', typed);
    await expect.poll(() => page.locator('#search-options [role="option"]').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('true');
    await page.press('#search-input', 'Enter');
    await expect.poll(() => page.getAttribute('#details h2', 'data-country')).toBe(iso3);
    expect(countryShown(page)).toBe(iso3);
    expect(new URL(page.url()).pathname).toBe(`/country/${iso3.toLowerCase()}`);
    await page.close();
  });
});

describe('details', () => {
  it('offers a citation with the URL and the access date', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?country=UKR`);
    const citation = await page.textContent('#citation');
    expect(citation).toContain('Customs Mutual Assistance Agreement with the United States (signed 23 May 2016)');
    expect(citation).toContain(`${baseUrl}/country/ukr`);
    expect(citation).toContain(`${baseUrl}/api/v1/agreements/ukr`);
    expect(citation).toMatch(/Accessed \d+ \w+ \d{4}\./);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.click('button[data-copy="citation"]');
    await expect.poll(() => page.textContent('#tools-status')).toContain('copied');
    await page.close();
  });
});

describe('releases in the details', () => {
  it('name the release of the record, pin its citation to it, and link its history', async () => {
    const { page, errors } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?country=UKR`);
    const { meta } = (await (await fetch(`${baseUrl}/api/v1/agreements/ukr`)).json()) as { meta: { version: string } };
    const { history } = (await (await fetch(`${baseUrl}/api/v1/agreements/ukr/history`)).json()) as { history: { version: string; change: string }[] };
    const last = history.find((h) => h.change === 'added' || h.change === 'changed')!;
    const note = page.locator('#details .release-note');
    await expect.poll(() => note.textContent()).toContain(`${last.change === 'added' ? 'Added' : 'Changed'} in release ${last.version}`);
    expect(await note.locator('a').getAttribute('href')).toBe('/api/v1/agreements/ukr/history');
    const citation = await page.textContent('#citation');
    if (history[0].version === meta.version) {
      expect(citation).toContain(`In: CMAA Atlas, release ${meta.version}.`);
      expect(citation).toContain(`(record: ${baseUrl}/api/v1/agreements/ukr?version=${meta.version})`);
      const pinned = (await (await fetch(`${baseUrl}/api/v1/agreements/ukr?version=${meta.version}`)).json()) as { agreement: { signed: string } };
      expect(pinned.agreement.signed).toBe('2016-05-23');
    } else {
      expect(await note.textContent()).toContain(`version ${meta.version}, is newer than the latest release`);
      expect(citation).toContain(`dataset version ${meta.version}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('URL state', () => {
  it('restores the view on back and forward', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    await page.click('#partners tr[data-iso3="UKR"] button');
    await page.click('#partners tr[data-iso3="CHN"] button');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/country/chn');
    await page.goBack();
    await expect.poll(() => page.textContent('#details h2')).toBe('Ukraine');
    await page.goForward();
    await expect.poll(() => page.textContent('#details h2')).toBe('China');
    await page.goto(`${baseUrl}/?asOf=2010-01-01&country=UKR`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent('#details')).toContain('On 1 January 2010, Ukraine was covered');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/country/ukr?asOf=2010-01-01');
    await page.close();
  });
});

describe('keyboard', () => {
  it('moves between countries with the arrow keys and opens details with Enter', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?country=UKR`);
    await page.click('#details-close');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map');
    expect(await page.getAttribute('#map', 'aria-describedby')).toBe('map-help');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    const focused = await page.getAttribute('[data-focused]', 'data-iso3');
    expect(focused).toMatch(/^[A-Z]{3}$/);
    expect(await page.textContent('#map-announcer')).toMatch(/Enter for details/);
    await page.keyboard.press('ArrowUp');
    const next = await page.getAttribute('[data-focused]', 'data-iso3');
    expect(next).not.toBe(focused);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getAttribute('#details h2', 'data-country')).toBe(next);
    await page.close();
  });
});

describe('downloads', () => {
  it('downloads CSV and JSON of what the map shows, and a PNG of the map', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?asOf=2016-06-01`);
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
    };
    const csv = await save('#download-csv');
    expect(csv.name).toBe('cmaa-atlas-2016-06-01.csv');
    const lines = csv.body.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('iso3,name,coverage,agreement,signed,inForce,agreementStatus,euMemberSince');
    expect(lines.some((l) => l.startsWith('UKR,Ukraine,cmaa,ukr,2016-05-23'))).toBe(true);
    expect(lines.some((l) => l.startsWith('VNM,'))).toBe(false);
    const json = JSON.parse((await save('#download-json')).body.toString('utf8'));
    expect(json.asOf).toBe('2016-06-01');
    expect(json.count).toBe(lines.length - 1);
    const png = await save('#download-png');
    expect(png.name).toBe('cmaa-atlas-2016-06-01.png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(20_000);
    await page.close();
  });
});

describe('accessibility', () => {
  it('has no axe-core violations, with and without the details open', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    expect(await axeViolations(page)).toEqual([]);
    await openAtlas(page, `${baseUrl}/?country=UKR`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no axe-core violations in dark mode', async () => {
    const { page } = await watchedPage(browser(), { colorScheme: 'dark' });
    await openAtlas(page, `${baseUrl}/?country=FRA`);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 20, 23)');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('phone', () => {
  it('works at 360 px wide by touch, with nothing wider than the screen', async () => {
    const { page, errors } = await watchedPage(browser(), { viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
    await openAtlas(page, baseUrl);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.isVisible('#search-input')).toBe(true);
    expect(await page.isVisible('#play')).toBe(true);
    const box = (await page.locator('path[data-iso3="BRA"]').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.3);
    await expect.poll(() => page.textContent('#details h2')).toBe('Brazil');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
