// The pages as the Worker serves them, before any script runs: each view's head (title, description,
// canonical, Open Graph, Twitter card, Dataset JSON-LD, oEmbed link), the answer in #details, the preview
// images, the sitemap and robots.txt.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import meta from '../../data/meta.json';
import type { PreviewManifest } from '../../data/previews-file';

const origin = 'https://atlas.example';
const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(origin + path, { redirect: 'manual', ...init }));
const page = async (path: string) => {
  const response = await get(path);
  return { response, html: await response.text() };
};

/** An attribute of the first element matching a tag pattern, with entities decoded. */
function attribute(html: string, tag: RegExp, name: string): string | null {
  const element = html.match(tag)?.[0];
  const value = element?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  return value === undefined ? null : value.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replaceAll('&amp;', '&');
}
const meta_ = (html: string, key: string) => attribute(html, new RegExp(`<meta (?:name|property)="${key}"[^>]*>`), 'content');
const link = (html: string, rel: string) => attribute(html, new RegExp(`<link rel="${rel}"[^>]*>`), 'href');
const details = (html: string) => html.match(/<aside id="details"[^>]*>[\s\S]*?<\/aside>/)![0];
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

/** The width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: ArrayBuffer): { width: number; height: number } {
  const view = new DataView(bytes);
  expect([...new Uint8Array(bytes, 0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('a country page, /country/ukr', () => {
  it('carries its own head: title, description (the answer), canonical, Open Graph and Twitter card', async () => {
    const { response, html } = await page('/country/ukr');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    const answer = 'Ukraine has a Customs Mutual Assistance Agreement with the United States, signed 23 May 2016 in Kyiv, in force since 13 December 2016.';
    expect(html).toMatch(/<title>Ukraine: customs mutual assistance agreement with the U\.S\. — CMAA Atlas<\/title>/);
    expect(meta_(html, 'description')).toBe(answer);
    expect(link(html, 'canonical')).toBe(`${origin}/country/ukr`);
    expect(meta_(html, 'og:title')).toMatch(/^Ukraine: /);
    expect(meta_(html, 'og:description')).toBe(answer);
    expect(meta_(html, 'og:url')).toBe(`${origin}/country/ukr`);
    expect(meta_(html, 'og:image')).toMatch(new RegExp(`^${origin}/previews/ukr-[0-9a-f]{12}\\.png$`));
    expect(meta_(html, 'twitter:card')).toBe('summary_large_image');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
  });

  it('says the answer with its dates in #details, before any script runs', async () => {
    const { html } = await page('/country/ukr');
    const panel = details(html);
    expect(panel).not.toMatch(/<aside[^>]*\shidden/);
    expect(text(panel)).toContain('Ukraine has a Customs Mutual Assistance Agreement with the United States, signed 23 May 2016 in Kyiv');
    // The page loads the summary of every agreement and, for the details, Ukraine's own record: both preloaded.
    const preloads = [...html.matchAll(/<link rel="preload"[^>]*>/g)].map((m) => attribute(m[0], /<link[^>]*>/, 'href'));
    expect(preloads).toEqual([expect.stringMatching(/^\/api\/v1\/agreements\?status=all&fields=/), '/api/v1/agreements/ukr']);
  });

  it('carries a schema.org Dataset with its version, licence, coverage and distributions', async () => {
    const { html } = await page('/country/ukr');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const dataset = JSON.parse(blocks[0][1]);
    expect(dataset).toMatchObject({
      '@context': 'https://schema.org', '@type': 'Dataset', version: meta.version, dateModified: meta.updated,
      isAccessibleForFree: true, spatialCoverage: { '@type': 'Place' }, creator: { '@type': 'Organization' },
    });
    expect(dataset.name).toBeTruthy();
    expect(dataset.description.length).toBeGreaterThan(50);
    expect(dataset.license).toMatch(/^https:\/\//);
    expect(dataset.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\.\.$/);
    expect(dataset.distribution.map((d: { encodingFormat: string }) => d.encodingFormat).sort()).toEqual(['application/json', 'text/csv']);
    for (const d of dataset.distribution) expect((await get(d.contentUrl.slice(origin.length))).status).toBe(200);
  });

  it('announces its oEmbed document, which answers for it', async () => {
    const { html } = await page('/country/ukr');
    const href = attribute(html, /<link rel="alternate" type="application\/json\+oembed"[^>]*>/, 'href')!;
    expect(href).toBe(`${origin}/api/v1/oembed?url=${encodeURIComponent(`${origin}/country/ukr`)}&format=json`);
    const oembed = await get(href.slice(origin.length));
    expect(oembed.status).toBe(200);
    expect(await oembed.json()).toMatchObject({ type: 'rich', version: '1.0' });
  });

  it('is answered 304 to its own ETag, which changes with the address', async () => {
    const first = await get('/country/ukr');
    const tag = first.headers.get('ETag')!;
    expect(tag).toMatch(/^W\//);
    expect((await get('/country/ukr', { headers: { 'If-None-Match': tag } })).status).toBe(304);
    expect((await get('/country/deu')).headers.get('ETag')).not.toBe(tag);
  });
});

describe('other views', () => {
  it('/?country=UKR names /country/ukr as canonical and answers the same', async () => {
    const { html } = await page('/?country=UKR');
    expect(link(html, 'canonical')).toBe(`${origin}/country/ukr`);
    expect(meta_(html, 'og:url')).toBe(`${origin}/country/ukr`);
    expect(text(details(html))).toContain('signed 23 May 2016 in Kyiv');
  });

  it('a date: the answer on that date, canonical with asOf', async () => {
    const { html } = await page('/country/ukr?asOf=2010-01-01');
    expect(link(html, 'canonical')).toBe(`${origin}/country/ukr?asOf=2010-01-01`);
    // Another date needs every full record: the preload asks for those instead.
    expect(attribute(html, /<link rel="preload"[^>]*>/, 'href')).toBe('/api/v1/agreements?status=all');
    expect(text(details(html))).toMatch(/On 1 January 2010, Ukraine was covered by the 1990 U\.S\.–.+ agreement \(signed 2 June 1990/);
    expect(html).toMatch(/<title>Ukraine: .* on 1 January 2010 — CMAA Atlas<\/title>/);
  });

  it('a country without an agreement says so, with the date the data was checked', async () => {
    const { html } = await page('/country/ata');
    expect(text(details(html))).toContain('No customs mutual assistance agreement with the United States is recorded for Antarctica today; the data was last checked on 30 November 2026.');
    expect(meta_(html, 'og:image')).toMatch(/\/previews\/ata-[0-9a-f]{12}\.png$/);
  });

  it('an EU member covered through the EU', async () => {
    const { html } = await page('/country/deu');
    expect(text(details(html))).toContain("Germany is covered through the European Union's agreement with the United States, as an EU member since 1 January 1958.");
  });

  it('the home page: the world\'s image, no country chosen', async () => {
    const { html } = await page('/');
    expect(link(html, 'canonical')).toBe(`${origin}/`);
    expect(meta_(html, 'og:image')).toMatch(/\/previews\/world-[0-9a-f]{12}\.png$/);
    expect(meta_(html, 'description')).toMatch(/^Today: \d+ countries and the European Union have a customs mutual assistance agreement with the United States\. \d+ more countries are covered through the EU's\. The U\.S\. Customs Mutual Assistance Agreements/);
    expect(details(html)).toMatch(/<aside[^>]*\shidden/);
  });

  it.each(['/country/UKR', '/country/ukr/', '/country/Ukr/'])('%s is redirected to the one address', async (path) => {
    const response = await get(`${path}?asOf=2010-01-01`);
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')).toBe('/country/ukr?asOf=2010-01-01');
  });

  it.each(['/country/zzz', '/country/ukraine', '/country/%3Cscript%3E'])('%s is a 404 page kept out of search results, echoing nothing raw', async (path) => {
    const { response, html } = await page(path);
    expect(response.status).toBe(404);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('<script>');
  });
});

describe('preview images', () => {
  it('every page\'s image is a PNG of 1200×630 within 80 KB, cached as immutable', async () => {
    const manifest = (await (await get('/data/previews.json')).json()) as PreviewManifest;
    const images = [manifest.world, ...Object.values(manifest.countries).map((c) => c.image)];
    expect(new Set(images).size).toBeGreaterThan(230);
    for (const path of new Set(images)) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('image/png');
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      const bytes = await response.arrayBuffer();
      expect(bytes.byteLength, path).toBeLessThanOrEqual(80 * 1024);
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('for search engines', () => {
  it('/sitemap.xml lists the home page and every country page', async () => {
    const response = await get('/sitemap.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const manifest = (await (await get('/data/previews.json')).json()) as PreviewManifest;
    expect(locations).toEqual([`${origin}/`, ...Object.keys(manifest.countries).sort().map((k) => `${origin}/country/${k.toLowerCase()}`)]);
    expect(locations).toContain(`${origin}/country/ukr`);
    expect(xml.match(/<lastmod>/g)).toHaveLength(locations.length);
    for (const path of ['/country/ukr', '/country/sgp', '/country/sun']) expect((await get(path)).status).toBe(200);
  });

  it('/robots.txt names the sitemap', async () => {
    const response = await get('/robots.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(new RegExp(`^Sitemap: ${origin}/sitemap\\.xml$`, 'm'));
  });
});
