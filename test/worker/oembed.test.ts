// oEmbed 1.0 for the atlas's pages: the iframe of the view's embed, sizes within maxwidth and maxheight, and
// a problem for what is not the atlas's or not implemented.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const origin = 'https://atlas.example';
const oembed = (query: string) => exports.default.fetch(new Request(`${origin}/api/v1/oembed?${query}`));
const of = (url: string, extra = '') => oembed(`url=${encodeURIComponent(url)}&format=json${extra}`);

describe('GET /api/v1/oembed', () => {
  it('answers a rich embed of a country page: the iframe of its map, its title and preview image', async () => {
    const response = await of(`${origin}/country/ukr`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = await response.json<Record<string, unknown>>();
    expect(body).toEqual({
      version: '1.0',
      type: 'rich',
      provider_name: 'CMAA Atlas',
      provider_url: `${origin}/`,
      title: 'Ukraine: customs mutual assistance agreement with the U.S. — CMAA Atlas',
      html: `<iframe src="${origin}/embed?country=UKR" width="800" height="500" title="Ukraine: customs mutual assistance agreement with the U.S. — CMAA Atlas" style="border:0;max-width:100%" loading="lazy"></iframe>`,
      width: 800,
      height: 500,
      cache_age: 3600,
      thumbnail_url: expect.stringMatching(new RegExp(`^${origin}/previews/ukr-[0-9a-f]{12}\\.png$`)),
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  it('honours maxwidth and maxheight, leaving out a thumbnail that would not fit', async () => {
    const body = await (await of(`${origin}/country/ukr`, '&maxwidth=320&maxheight=240')).json<Record<string, unknown>>();
    expect(body).toMatchObject({ width: 320, height: 240 });
    expect(body.html).toContain('width="320" height="240"');
    expect(body).not.toHaveProperty('thumbnail_url');
  });

  it('embeds any view of the atlas: a date, the world, ?country=, the embed itself, a path or http://', async () => {
    const cases: [string, string][] = [
      [`${origin}/country/ukr?asOf=2010-01-01`, `${origin}/embed?country=UKR&#38;asOf=2010-01-01`],
      [`${origin}/`, `${origin}/embed"`],
      [`${origin}/?country=DEU`, `${origin}/embed?country=DEU"`],
      [`${origin}/embed?country=ATA`, `${origin}/embed?country=ATA"`],
      ['/country/sgp', `${origin}/embed?country=SGP"`],
      ['http://atlas.example/country/fra', `${origin}/embed?country=FRA"`],
    ];
    for (const [url, src] of cases) {
      const response = await of(url);
      expect(response.status, url).toBe(200);
      expect((await response.json<{ html: string }>()).html, url).toContain(`src="${src}`);
    }
  });

  it.each([
    'https://elsewhere.example/country/ukr',
    `${origin}/country/zzz`,
    `${origin}/api/v1/agreements`,
    `${origin}/assets/index.js`,
    'javascript:alert(1)',
  ])('a url that is no page of the atlas is a 404 problem: %s', async (url) => {
    const response = await of(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    expect(await response.json()).toMatchObject({ type: '/api/#problem-unknown-page', status: 404 });
  });

  it('format=xml is a 501 problem; another format, a missing url or a bad size a 400', async () => {
    const xml = await oembed(`url=${encodeURIComponent(`${origin}/country/ukr`)}&format=xml`);
    expect(xml.status).toBe(501);
    expect(await xml.json()).toMatchObject({ type: '/api/#problem-not-implemented', status: 501 });
    for (const query of ['url=%2F&format=yaml', 'format=json', 'url=%2F&maxwidth=0', 'url=%2F&maxheight=wide', 'url=%2F&url=%2Fembed']) {
      const response = await oembed(query);
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ type: '/api/#problem-invalid-parameter' });
    }
  });
});
