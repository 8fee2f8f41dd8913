// The atlas in its six languages, in Chromium: the choice (?lang=, the browser's languages, the menu), a switch
// that loads no data again and that links and history keep, Arabic right to left with the map unmirrored,
// search by the names of each language, record contents marked with their own language, and axe-core in
// every language, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openAtlas, sharedBrowser, watchedPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const languageOf = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, (document.getElementById('language') as HTMLSelectElement).value]);
const query = (page: Page) => new URL(page.url()).searchParams;
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const centreX = async (page: Page, selector: string) => {
  const b = await box(page, selector);
  return b.x + b.width / 2;
};

describe('choosing the language', () => {
  it('opens in the language of ?lang=, else in the first of the browser\'s it speaks, else in English', async () => {
    for (const [path, locale, expected, today] of [
      ['/?lang=uk', 'en-US', 'uk', 'Сьогодні'],
      ['/', 'fr-FR', 'fr', 'Aujourd’hui'],
      ['/', 'pt-BR', 'pt', 'Hoje'],
      ['/?lang=xx', 'es-MX', 'es', 'Hoy'],
      ['/', 'de-DE', 'en', 'Today'],
    ] as const) {
      const { page, errors } = await watchedPage(browser(), { locale });
      await openAtlas(page, baseUrl + path);
      expect(await languageOf(page), `${path} ${locale}`).toEqual([expected, 'ltr', expected]);
      expect(await page.textContent('#summary')).toMatch(new RegExp(`^${today}`));
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('switches with the menu without loading the data again, and keeps the choice in the URL and in history', async () => {
    const { page, requests, errors } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?country=UKR`);
    await expect.poll(() => page.textContent('#details-title')).toBe('Ukraine');
    const dataRequests = () => requests.filter((url) => /\/api\/v1\/(agreements\?|eu-members)/.test(url)).length;
    const before = dataRequests();

    await page.selectOption('#language', 'es');
    await expect.poll(() => page.textContent('#details-title')).toBe('Ucrania');
    expect(await languageOf(page)).toEqual(['es', 'ltr', 'es']);
    expect(await page.textContent('#summary')).toMatch(/^Hoy: \d+ países y la Unión Europea tienen un acuerdo de asistencia mutua aduanera/);
    expect(await page.textContent('#partners-title')).toBe('Socios');
    expect(await page.textContent('#partners tr[data-iso3="UKR"] th')).toBe('Ucrania');
    expect(new URL(page.url()).pathname).toBe('/country/ukr');
    expect(query(page).get('lang')).toBe('es');
    // Only the language's own small file was loaded.
    expect(requests.filter((url) => /\/assets\/words-es-[\w-]+\.js$/.test(url))).toHaveLength(1);

    await page.selectOption('#language', 'ar');
    await expect.poll(() => page.textContent('#details-title')).toBe('أوكرانيا');
    expect(await languageOf(page)).toEqual(['ar', 'rtl', 'ar']);
    expect(dataRequests()).toBe(before);

    // A view chosen in a language keeps it; back and forward bring the languages back.
    await page.click('#partners tr[data-iso3="BRA"] button');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/country/bra');
    expect(query(page).get('lang')).toBe('ar');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => languageOf(page)).toEqual(['es', 'ltr', 'es']);
    await page.goBack();
    await expect.poll(() => languageOf(page)).toEqual(['en', 'ltr', 'en']);
    expect(await page.textContent('#details-title')).toBe('Ukraine');
    expect(dataRequests()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the parts loaded when reached', () => {
  it('come in the page\'s language, with their words, and change with it', async () => {
    const { page, requests, errors } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?lang=uk`);
    // Their words are not part of the first view.
    expect(requests.filter((url) => /\/assets\/words-later-/.test(url))).toEqual([]);
    await page.locator('#reconciliation').scrollIntoViewIfNeeded();
    await expect.poll(() => page.textContent('#reconciliation-body')).toMatch(/^CBP повідомляє про \d+ угод/);
    await page.locator('#corrections').scrollIntoViewIfNeeded();
    await expect.poll(() => page.textContent('#corrections-body')).toContain('Усі повідомлення у форматі JSON');
    expect(requests.filter((url) => /\/assets\/words-later-uk-[\w-]+\.js$/.test(url))).toHaveLength(1);

    await page.selectOption('#language', 'fr');
    await expect.poll(() => page.textContent('#reconciliation-body')).toMatch(/^La CBP annonce \d+ accords/);
    await expect.poll(() => page.textContent('#corrections-body')).toContain('Tous les signalements, en JSON');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('right to left', () => {
  it('mirrors the panel, legend, controls and table for Arabic, and not the map', async () => {
    const { page, errors } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?lang=ar&country=UKR`);
    expect(await languageOf(page)).toEqual(['ar', 'rtl', 'ar']);
    // The details sit at the start of the line, on the left, and the map on the right.
    expect((await box(page, '#details')).x).toBeLessThan((await box(page, '#map')).x);
    // The legend and the zoom buttons in the map's right corners, the attribution in its left one.
    expect(await page.locator('.leaflet-bottom.leaflet-right .legend').count()).toBe(1);
    expect(await page.locator('.leaflet-top.leaflet-right .leaflet-control-zoom').count()).toBe(1);
    expect(await page.locator('.leaflet-bottom.leaflet-left .leaflet-control-attribution').count()).toBe(1);
    // The brand at the right, the controls of the timeline from right to left, the table's text from the right.
    expect(await centreX(page, '.brand')).toBeGreaterThan(await centreX(page, '.header-tools'));
    expect(await centreX(page, '#play')).toBeGreaterThan(await centreX(page, '#today'));
    const cell = await page.$eval('#partners th[scope="row"]', (th) => [getComputedStyle(th).direction, getComputedStyle(th).textAlign]);
    expect(cell).toEqual(['rtl', 'start']);
    // The map is not mirrored: the United States lies west of Ukraine.
    expect(await centreX(page, 'path[data-iso3="USA"]')).toBeLessThan(await centreX(page, 'path[data-iso3="UKR"]'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the timeline from right to left: the left arrow moves it later', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?lang=ar&asOf=2000-01-01`);
    const slider = page.locator('#date-slider');
    const start = Number(await slider.inputValue());
    // Its start is at the right: the thumb of an early date is right of the middle.
    const track = await box(page, '#date-slider');
    const thumbAt = await page.$eval('#date-slider', (el) => {
      const input = el as HTMLInputElement;
      return (Number(input.value) - Number(input.min)) / (Number(input.max) - Number(input.min));
    });
    expect(thumbAt).toBeLessThan(0.5);
    expect(await page.$eval('#date-slider', (el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(track.width).toBeGreaterThan(100);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(start);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await slider.inputValue())).toBeLessThan(start);
    await page.close();
  });

  it('moves on the map as it is drawn: the left arrow goes west', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?lang=ar&country=UKR`);
    await page.focus('#map');
    await expect.poll(() => page.locator('[data-focused]').count()).toBeGreaterThan(0);
    const focusedX = () => centreX(page, '[data-focused]');
    const from = await focusedX();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focusedX).toBeLessThan(from);
    expect(await page.textContent('#map-announcer')).toMatch(/اضغط الإدخال للتفاصيل/);
    await page.close();
  });
});

describe('search in each language', () => {
  it.each([
    ['es', 'Ucrania', 'Ucrania'],
    ['uk', 'Україна', 'Україна'],
    ['ar', 'أوكرانيا', 'أوكرانيا'],
    ['ar', 'اوكرانيا', 'أوكرانيا'],
    ['fr', 'Côte', 'Côte d’Ivoire'],
    ['es', 'Ukraine', 'Ucrania'],
  ])('in %s, finds %s', async (lang, typed, title) => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?lang=${lang}`);
    await page.fill('#search-input', typed);
    await expect.poll(() => page.locator('#search-options [role="option"]').count()).toBeGreaterThan(0);
    expect(await page.textContent('#search-options [role="option"]')).toContain(title);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#details-title')).toBe(title);
    await page.close();
  });
});

describe('record contents', () => {
  it('keep their own language, marked: source titles in theirs, the notes in English', async () => {
    const { page } = await watchedPage(browser());
    await openAtlas(page, `${baseUrl}/?lang=ar&country=BRA`);
    await expect.poll(() => page.locator('#details .sources a[lang="pt"]').count()).toBeGreaterThan(0);
    expect(await page.textContent('#details .sources a[lang="pt"]')).toMatch(/^Decreto nº 5\.410/);
    expect(await page.locator('#details .sources a[lang="en"]').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('#details dd span[lang="en"]:has-text("Decree")', 'dir')).toBe('ltr');
    await openAtlas(page, `${baseUrl}/?lang=es&country=UKR`);
    await expect.poll(() => page.locator('#details .sources a[lang="uk"]').count()).toBe(1);
    await page.close();
  });
});

describe('accessibility in every language', () => {
  it.each(['en', 'es', 'fr', 'pt', 'uk', 'ar'])('%s has no axe-core violations, light and dark, with the details and the report form open', async (lang) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await watchedPage(browser(), { colorScheme });
      await openAtlas(page, `${baseUrl}/?lang=${lang}&country=UKR`);
      await expect.poll(() => page.locator('#details .sources').count()).toBe(1);
      expect(await axeViolations(page), `${lang} ${colorScheme}`).toEqual([]);
      await page.click('#details button[data-report="correction"]');
      await expect.poll(() => page.isVisible('form#report')).toBe(true);
      expect(await axeViolations(page), `${lang} ${colorScheme}, form`).toEqual([]);
      await page.close();
    }
  });
});
