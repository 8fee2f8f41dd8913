// The whole product in Chromium: the built page served with the API by `wrangler dev`.
import { describe, expect, inject, it } from 'vitest';
import world from '../../web/generated/world.topo.json';
import { clickCountry, countryPoint, openAtlas, sharedBrowser, watchedPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('the map page', () => {
  it('loads with no console error and no request leaving localhost', async () => {
    const { page, requests, errors } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    const outside = requests.filter((url) => !url.startsWith(`${baseUrl}/`) && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    await page.close();
  });

  it('shows Ukraine as a partner on first load, and the legend and count', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    await expect.poll(() => page.getAttribute('path[data-iso3="UKR"]', 'data-status')).toBe('cmaa');
    const statuses = await page.$$eval('path[data-iso3]', (els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(170);
    expect(statuses.every((s) => s === 'cmaa' || s === 'eu' || s === 'none')).toBe(true);
    expect(await page.textContent('.legend')).toContain('Own agreement with the U.S.');
    expect(await page.textContent('#summary')).toMatch(/\d+ agreements/);
    expect(await page.textContent('.leaflet-control-attribution')).toContain('Natural Earth');
    await page.close();
  });

  it('draws every shape of the topology, with the markers above the shapes', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    const drawn = await page.$$eval('path.country', (els) => els.map((e) => ({ key: e.getAttribute('data-iso3'), marker: e.classList.contains('marker') })));
    const shapeKeys = new Set(drawn.filter((d) => !d.marker).map((d) => d.key));
    expect(shapeKeys).toEqual(new Set(world.objects.countries.geometries.map((g) => String(g.id))));
    const firstMarker = drawn.findIndex((d) => d.marker);
    expect(firstMarker).toBeGreaterThan(0);
    expect(drawn.slice(firstMarker).every((d) => d.marker)).toBe(true);
    await page.close();
  });

  it('names the country under the pointer', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    const { x, y } = await countryPoint(page, 'UKR');
    await page.mouse.move(x, y);
    await expect.poll(() => page.textContent('.leaflet-tooltip')).toBe('Ukraine');
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator('.leaflet-tooltip').count()).toBe(0);
    await page.close();
  });

  it('opens the details of Ukraine on click, with the signing date and signatories', async () => {
    const { page, errors } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    await clickCountry(page, 'UKR');
    const details = page.locator('#details');
    await expect.poll(() => details.isVisible()).toBe(true);
    await expect.poll(() => details.textContent()).toContain('Kerlikowske');
    const text = await details.textContent();
    expect(text).toContain('Ukraine');
    expect(text).toContain('23 May 2016');
    expect(text).toContain('Kyiv');
    expect(text).toContain('Kerlikowske');
    expect(text).toContain('Roman Nasirov');
    expect(await details.locator('a[href^="https://www.cbp.gov/"]').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/country/ukr');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the details on load from ?country=UKR', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?country=UKR`);
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    expect(await page.textContent('#details')).toContain('Kerlikowske');
    expect(await page.getAttribute('path[data-iso3="UKR"]', 'data-selected')).not.toBeNull();
    await page.close();
  });

  it('says plainly when a country has no agreement', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?country=ATA`);
    const text = await page.textContent('#details');
    expect(text).toMatch(/No customs mutual assistance agreement with the United States is recorded for Antarctica/);
    expect(text).toMatch(/last checked on \d+ \w+ \d{4}/);
    await page.close();
  });

  it('shows a partner\'s MRA, confidence, notes and "not known" in the details', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?country=ISR`);
    await expect.poll(() => page.textContent('#details')).toContain('AEO mutual recognition');
    const israel = await page.textContent('#details');
    expect(israel).toContain('No customs mutual assistance agreement with the United States is recorded for Israel');
    await openAtlas(page, `${baseUrl}/?country=BOL`);
    const bolivia = await page.textContent('#details');
    expect(bolivia).toMatch(/Signed\s*not known/);
    expect(bolivia).toMatch(/Confidence\s*(high|medium|low)/);
    expect(bolivia).toMatch(/Notes/);
    await page.close();
  });

  it('shows EU members covered through the EU agreement, and small partners as clickable markers', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    // Germany has no agreement of its own on record; it is covered as an EU member.
    expect(await page.getAttribute('path[data-iso3="DEU"]', 'data-status')).toBe('eu');
    for (const iso3 of ['SGP', 'BHR', 'MLT']) {
      expect(await page.getAttribute(`path.marker[data-iso3="${iso3}"]`, 'data-status')).not.toBe('none');
    }
    await page.click('path.marker[data-iso3="SGP"]');
    await expect.poll(() => page.textContent('#details h2')).toBe('Singapore');
    await page.close();
  });

  it('states how the list compares with CBP\'s count', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    await page.locator('#reconciliation').scrollIntoViewIfNeeded();
    await expect.poll(() => page.textContent('#reconciliation')).toMatch(/CBP reports \d+ agreements/);
    const text = await page.textContent('#reconciliation');
    expect(text).toMatch(/this atlas identifies \d+, each with sources/);
    await page.close();
  });

  it('draws Russia and Fiji without stripes across the map', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, baseUrl);
    const mapWidth = await page.$eval('#map', (el) => el.getBoundingClientRect().width);
    for (const iso3 of ['RUS', 'FJI']) {
      const widths = await page.$$eval(`path[data-iso3="${iso3}"]`, (els) => els.map((e) => e.getBoundingClientRect().width));
      expect(widths.length).toBeGreaterThan(0);
      // A ring drawn across the antimeridian spans the whole world; unwrapped, Russia spans under half of it.
      for (const w of widths) expect(w).toBeLessThan(mapWidth * 0.5);
    }
    await page.close();
  });
});
