// The page's small pure modules: URL state, dates, geometry, the reconciliation with CBP's counts.
import { describe, expect, it } from 'vitest';
import { embedAddress, embedIframe, parseView, viewAddress } from '../../data/links';
import { dataset } from '../../data/index';
import worldJson from '../../web/generated/world.topo.json?raw';
import { reconcile } from '../../data/reconcile';
import { escapeHtml } from '../../web/src/format';
import { unwrapRing, worldFromTopology } from '../../web/src/geometry';
import { english, withLater } from '../../web/src/i18n';
import laterEnglish from '../../web/src/messages/later/en';
import { reconciliationHtml } from '../../web/src/reconciliation';

describe('links', () => {
  it('reads country and asOf from a country page or the query, ignoring malformed values', () => {
    expect(parseView('/', '?country=ukr&asOf=2016-05-23')).toEqual({ country: 'UKR', asOf: '2016-05-23', lang: null });
    expect(parseView('/country/ukr', '?asOf=2016-05-23')).toEqual({ country: 'UKR', asOf: '2016-05-23', lang: null });
    expect(parseView('/', '?country=Ukraine&asOf=2016-02-30')).toEqual({ country: null, asOf: null, lang: null });
    expect(parseView('/country/ukraine', '')).toEqual({ country: null, asOf: null, lang: null });
    expect(parseView('/', '')).toEqual({ country: null, asOf: null, lang: null });
  });
  it("writes a view's own address: the country's page, keeping other parameters", () => {
    expect(viewAddress({ country: 'UKR', asOf: null }, '?lang=en&asOf=2000-01-01')).toBe('/country/ukr?lang=en');
    expect(viewAddress({ country: 'UKR', asOf: '2010-01-01' }, '?country=UKR')).toBe('/country/ukr?asOf=2010-01-01');
    expect(viewAddress({ country: null, asOf: '2010-01-01' })).toBe('/?asOf=2010-01-01');
    expect(viewAddress({ country: 'EU', asOf: null })).toBe('/?country=EU');
    expect(viewAddress({ country: null, asOf: null })).toBe('/');
  });
  it('reads and writes the language asked for, and keeps or drops it as the view says', () => {
    expect(parseView('/country/ukr', '?lang=ar').lang).toBe('ar');
    expect(parseView('/', '?lang=de').lang).toBeNull();
    expect(viewAddress({ country: 'UKR', asOf: '2010-01-01', lang: 'uk' })).toBe('/country/ukr?asOf=2010-01-01&lang=uk');
    expect(viewAddress({ country: 'UKR', asOf: null, lang: null }, '?lang=es')).toBe('/country/ukr');
    expect(viewAddress({ country: null, asOf: null, lang: 'es' }, '?lang=fr')).toBe('/?lang=es');
    expect(embedAddress({ country: 'UKR', asOf: null, lang: 'pt' })).toBe('/embed?country=UKR&lang=pt');
  });
  it('embeds a view in an iframe, escaping its title', () => {
    expect(embedAddress({ country: 'UKR', asOf: '2010-01-01' })).toBe('/embed?country=UKR&asOf=2010-01-01');
    expect(embedIframe('https://atlas.example', { country: 'UKR', asOf: null }, 'A "quoted" <title>')).toBe(
      '<iframe src="https://atlas.example/embed?country=UKR" width="800" height="500" title="A &#34;quoted&#34; &#60;title&#62;" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});

describe('format', () => {
  it('writes dates as people read them', () => {
    expect(english.date('2016-05-23')).toBe('23 May 2016');
    expect(english.date('1997-05')).toBe('May 1997');
    expect(english.date('1990')).toBe('1990');
    expect(english.date(null)).toBe('not known');
  });
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

describe('geometry', () => {
  it('unwraps a ring that crosses the antimeridian and leaves others alone', () => {
    expect(unwrapRing([[179, 60], [-179, 60], [-179, 65], [179, 65], [179, 60]])).toEqual([[179, 60], [181, 60], [181, 65], [179, 65], [179, 60]]);
    const plain = [[10, 10], [20, 10], [20, 20], [10, 10]];
    expect(unwrapRing(plain)).toBe(plain);
  });
  it('reads the built topology: shapes by ISO alpha-3, points for small countries, no ring spanning the world', () => {
    const topology = JSON.parse(worldJson);
    const world = worldFromTopology(topology);
    const shapes = world.shapes.map((s) => s.decode());
    expect(shapes.length).toBeGreaterThan(170);
    expect(shapes.some((s) => s.id === 'UKR' && s.properties.name === 'Ukraine')).toBe(true);
    expect(world.countries.get('SGP')?.name).toBe('Singapore');
    for (const iso3 of ['SGP', 'MLT', 'BHR', 'HKG', 'CPV', 'TTO']) expect(world.points.has(iso3), iso3).toBe(true);
    for (const shape of shapes.filter((s) => s.id === 'RUS' || s.id === 'FJI')) {
      const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
      for (const ring of polygons.flat()) {
        const lons = ring.map((p) => p[0]);
        expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(180);
      }
    }
  });
});

describe('reconciliation', () => {
  it('compares the list with CBP\'s latest count', () => {
    const r = reconcile(dataset.agreements, dataset.cbpCounts);
    expect(r.cbpCount?.count).toBeGreaterThanOrEqual(82);
    expect(r.identified).toBe(dataset.agreements.filter((a) => a.status !== 'superseded' && a.partner.type !== 'former').length);
    expect(r.identifiedByCountDate + r.undated).toBeLessThanOrEqual(r.identified);
    const html = reconciliationHtml(dataset.agreements, dataset.cbpCounts, dataset.unconfirmed, withLater(english, laterEnglish));
    expect(html).toContain(`CBP reports <strong>${r.cbpCount!.count}</strong>`);
    expect(html).toContain(`this atlas identifies <strong>${r.identified}</strong>`);
    expect(html.match(/<tr>/g)?.length).toBe(dataset.cbpCounts.length + 1);
    expect(html).toContain('Identified, but with no known signing date:');
    for (const u of dataset.unconfirmed) expect(html).toContain(`<strong>${u.partner.name}</strong>`);
  });
});
