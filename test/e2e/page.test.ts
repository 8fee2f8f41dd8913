// The whole product in Chromium: the built page served with the API by `wrangler dev`.
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
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
    expect(await page.textContent('#summary')).toMatch(/^Today: \d+ countries and the European Union have a customs mutual assistance agreement/);
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

describe('the map beside the details on a desktop', () => {
  /**
   * The partners drawn (shapes and markers) not in view: less than half of their box inside the map's. (The
   * world is framed from 56° S to 78° N, so the high Arctic of Canada and Russia may be cut.)
   */
  const partnersOutsideMap = (page: import('playwright-core').Page) => page.evaluate(() => {
    const map = document.getElementById('map')!.getBoundingClientRect();
    return [...document.querySelectorAll('#map [data-status="cmaa"], #map [data-status="eu"]')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      const width = Math.min(box.right, map.right) - Math.max(box.left, map.left);
      const height = Math.min(box.bottom, map.bottom) - Math.max(box.top, map.top);
      const shown = width > 0 && height > 0 ? (width * height) / Math.max(box.width * box.height, 1) : 0;
      return shown >= 0.5 ? [] : [el.getAttribute('data-iso3')];
    });
  });

  it.each([['opened by a click', ''], ['opened on load', '/?country=UKR']])('keeps every partner in view with the details %s (1366×900)', async (_, path) => {
    const { page } = await watchedPage(browser(), { viewport: { width: 1366, height: 900 } });
    await openAtlas(page, baseUrl + path);
    if (!path) await clickCountry(page, 'UKR');
    await expect.poll(() => page.textContent('#details h2')).toBe('Ukraine');
    const [map, details] = await Promise.all(['#map', '#details'].map((s) => page.$eval(s, (el) => el.getBoundingClientRect().toJSON() as DOMRect)));
    expect(details.left).toBeGreaterThanOrEqual(map.right - 1); // beside the map, not over it
    await expect.poll(() => partnersOutsideMap(page)).toEqual([]);
    const drawn = await page.$$eval('#map [data-status="cmaa"]', (els) => new Set(els.map((e) => e.getAttribute('data-iso3'))).size);
    expect(drawn).toBeGreaterThan(60);
    // Closing the details gives the map its width back, with the world still whole.
    await page.click('#details-close');
    await expect.poll(() => partnersOutsideMap(page)).toEqual([]);
    await page.close();
  });
});

describe('boundaries in the U.S. view', () => {
  /** Where a longitude and latitude fall on screen, from a country's shape there and its extent in the topology. */
  async function screenPoint(page: import('playwright-core').Page, iso3: string, [lon, lat]: [number, number]) {
    const { geometry } = feature(world as never, world.objects.countries.geometries.find((g) => g.id === iso3) as never) as unknown as {
      geometry: Polygon | MultiPolygon;
    };
    const positions = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2);
    const mercator = (φ: number) => Math.log(Math.tan(Math.PI / 4 + (φ * Math.PI) / 360));
    const [west, east] = [Math.min(...positions.map((p) => p[0])), Math.max(...positions.map((p) => p[0]))];
    const [south, north] = [Math.min(...positions.map((p) => p[1])), Math.max(...positions.map((p) => p[1]))];
    const box = await page.$eval(`path[data-iso3="${iso3}"]`, (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    return {
      x: box.left + ((lon - west) / (east - west)) * box.width,
      y: box.top + ((mercator(north) - mercator(lat)) / (mercator(north) - mercator(south))) * box.height,
    };
  }

  it("draws Simferopol (34.10 E, 44.95 N) inside Ukraine's shape and not inside Russia's", async () => {
    const { page } = await watchedPage(browser(), { viewport: { width: 390, height: 844 } });
    // On a phone the chosen country is brought into view, close enough to tell the peninsula from the mainland.
    await openAtlas(page, `${baseUrl}/?country=UKR`);
    await expect.poll(() => page.evaluate(() => document.querySelector('path[data-iso3="UKR"]')!.getBoundingClientRect().width)).toBeGreaterThan(150);
    await page.waitForTimeout(400); // the zoom animation
    const { x, y } = await screenPoint(page, 'UKR', [34.1, 44.95]);
    const hits = await page.evaluate(({ x, y }) => {
      const inFill = (iso3: string) => [...document.querySelectorAll<SVGPathElement>(`path[data-iso3="${iso3}"]`)].some((path) => {
        const matrix = path.getScreenCTM()!.inverse();
        return path.isPointInFill(new DOMPoint(x, y).matrixTransform(matrix));
      });
      return { top: document.elementFromPoint(x, y)?.getAttribute('data-iso3'), ukraine: inFill('UKR'), russia: inFill('RUS') };
    }, { x, y });
    expect(hits).toEqual({ top: 'UKR', ukraine: true, russia: false });
    await page.close();
  });
});
