// The pages in each language as the Worker serves them, before any script runs: `<html lang dir>` and every
// fixed word from the first byte for `?lang=`, the reader's language from Accept-Language otherwise (and a
// `Vary` that says so), the answer and the head in the language, and the other languages' addresses.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { languages } from '../../data/i18n';
import ar from '../../web/src/messages/ar';
import es from '../../web/src/messages/es';
import uk from '../../web/src/messages/served/uk';

const origin = 'https://atlas.example';
const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await exports.default.fetch(new Request(origin + path, { headers, redirect: 'manual' }));
  return { response, html: await response.text() };
};
const decode = (text: string) => text.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replaceAll('&amp;', '&');
const title = (html: string) => decode(html.match(/<title>([^<]*)<\/title>/)![1]);
const description = (html: string) => decode(html.match(/<meta name="description" content="([^"]*)"/)![1]);
const canonical = (html: string) => decode(html.match(/<link rel="canonical" href="([^"]*)"/)![1]);
const summary = (html: string) => decode(html.match(/<p id="summary"[^>]*>([^<]*)<\/p>/)![1]);
const details = (html: string) => decode(html.match(/<div id="details-body">([\s\S]*?)<\/div>/)![1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());

describe('?lang=', () => {
  it('writes <html lang dir> from the first byte, for Arabic right to left', async () => {
    const { response, html } = await page('/?lang=ar');
    expect(response.status).toBe(200);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="ar" dir="rtl">/i);
    expect((await page('/?lang=uk')).html).toMatch(/^<!doctype html>\s*<html lang="uk" dir="ltr">/i);
    expect((await page('/')).html).toMatch(/^<!doctype html>\s*<html lang="en" dir="ltr">/i);
    // Asked for by the address, the page does not depend on the reader's languages.
    expect(response.headers.get('Vary') ?? '').not.toMatch(/Accept-Language/);
  });

  it('writes every fixed word of the page, and the language menu\'s choice, in the language', async () => {
    const { html } = await page('/?lang=ar');
    const words = [...html.matchAll(/<(\w+)[^>]*\sdata-i18n="(\w+)"[^>]*>([^<]*)</g)];
    expect(words.length).toBeGreaterThan(25);
    for (const [, , key, text] of words) {
      if (key === 'loadingAtlas') continue; // the summary line, written below
      expect(decode(text), key).toBe(ar[key as keyof typeof ar]);
    }
    const placeholder = html.match(/<input id="search-input"[^>]*\splaceholder="([^"]*)"/)![1];
    expect(decode(placeholder)).toBe(ar.searchPlaceholder);
    expect(html).toMatch(/<option value="ar" lang="ar" dir="rtl" selected(="")?>/);
    expect(summary(html)).toMatch(/^اليوم: لدى \d+ بلدًا والاتحاد الأوروبي اتفاقية مساعدة متبادلة في الشؤون الجمركية/);
    expect(title(html)).toBe(ar.titleHome);
    expect(canonical(html)).toBe(`${origin}/?lang=ar`);
  });

  it('preloads the language\'s words, which the script loads as soon as it runs', async () => {
    const { html } = await page('/country/ukr?lang=uk');
    const script = html.match(/<link rel="modulepreload" crossorigin href="(\/assets\/words-uk-[\w-]+\.js)">/)?.[1];
    expect(script).toBeDefined();
    const words = await exports.default.fetch(new Request(origin + script));
    expect(words.status).toBe(200);
    expect(await words.text()).toContain(`notKnown:\`невідомо\``);
    // English is part of the page's script.
    expect((await page('/country/ukr')).html).not.toMatch(/words-/);
  });

  it('answers a country in the language, in #details and the head', async () => {
    const { html } = await page('/country/ukr?lang=uk');
    expect(title(html)).toBe('Україна: угода про взаємну допомогу в митних справах зі США — CMAA Atlas');
    expect(details(html)).toMatch(/^Україна Україна: угода про взаємну допомогу в митних справах зі США, підписана 23 травня 2016 р\./);
    expect(description(html)).toMatch(/^Україна: угода про взаємну допомогу в митних справах зі США/);
    expect(canonical(html)).toBe(`${origin}/country/ukr?lang=uk`);
    const spanish = await page('/country/deu?lang=es&asOf=2010-01-01');
    expect(details(spanish.html)).toMatch(/^Alemania Alemania, el 1 de enero de 2010: cobertura por el acuerdo de la Unión Europea/);
    expect(canonical(spanish.html)).toBe(`${origin}/country/deu?asOf=2010-01-01&lang=es`);
  });

  it('names the other languages of a country page as alternates, and the page without one as x-default', async () => {
    const { html } = await page('/country/ukr?asOf=2010-01-01&lang=fr');
    const alternates = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], decode(m[2])]));
    expect(alternates).toEqual({
      ...Object.fromEntries(languages.map((lang) => [lang, `${origin}/country/ukr?asOf=2010-01-01&lang=${lang}`])),
      'x-default': `${origin}/country/ukr?asOf=2010-01-01`,
    });
  });

  it('ignores a language the atlas does not speak', async () => {
    const { html } = await page('/?lang=de');
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(canonical(html)).toBe(`${origin}/`);
  });
});

describe('the reader\'s language', () => {
  it('comes from Accept-Language where the address names none, which the answer varies by', async () => {
    const french = await page('/country/ukr', { 'Accept-Language': 'de-CH, fr;q=0.8, en;q=0.5' });
    expect(french.html).toMatch(/<html lang="fr" dir="ltr">/);
    expect(title(french.html)).toMatch(/^Ukraine\u00a0: accord d’assistance administrative mutuelle en matière douanière avec les États-Unis/);
    expect(french.response.headers.get('Vary')).toMatch(/Accept-Language/);
    // The page without a language is the x-default: its canonical address names none.
    expect(canonical(french.html)).toBe(`${origin}/country/ukr`);
    const english = await page('/country/ukr', { 'Accept-Language': 'de' });
    expect(english.html).toMatch(/<html lang="en" dir="ltr">/);
    expect(english.response.headers.get('ETag')).not.toBe(french.response.headers.get('ETag'));
    const arabic = await page('/country/ukr', { 'Accept-Language': 'ar-EG' });
    expect(arabic.html).toMatch(/<html lang="ar" dir="rtl">/);
  });
});

describe('other pages', () => {
  it('the embed, in the language of its address', async () => {
    const { html } = await page('/embed?country=UKR&lang=es');
    expect(html).toMatch(/<html lang="es" dir="ltr">/);
    expect(summary(html)).toMatch(/^Ucrania: acuerdo de asistencia mutua aduanera con los Estados Unidos/);
    expect(html).toContain(`>${es.embedOpenAtlas}</a>`);
    expect(decode(html.match(/<a id="atlas-link" href="([^"]*)"/)![1])).toBe(`${origin}/country/ukr?lang=es`);
  });

  it('the page of a code no country has, in the language', async () => {
    const { response, html } = await page('/country/zzz?lang=uk');
    expect(response.status).toBe(404);
    expect(title(html)).toBe(`${uk.notFoundTitle} — CMAA Atlas`);
    expect(details(html)).toBe(`${uk.notFoundTitle} ${(uk.notFoundCode as string).replace('{code}', 'zzz')}`);
  });

  it('oEmbed, in the language of the page\'s address, embedding that language', async () => {
    const url = encodeURIComponent(`${origin}/country/ukr?lang=ar`);
    const response = await exports.default.fetch(new Request(`${origin}/api/v1/oembed?url=${url}&format=json`));
    const body = await response.json() as { title: string; html: string };
    expect(body.title).toMatch(/^أوكرانيا: اتفاقية مساعدة متبادلة في الشؤون الجمركية مع الولايات المتحدة/);
    expect(body.html).toContain(`src="${origin}/embed?country=UKR&#38;lang=ar"`);
  });
});
