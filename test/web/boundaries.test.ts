// The map's boundaries follow the U.S. view (scripts/build-geometry.mjs, README "Boundaries"), checked on
// the topology the page and the preview images draw.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import worldJson from '../../web/generated/world.topo.json?raw';

const world = JSON.parse(worldJson) as Topology<{ countries: GeometryCollection; points: GeometryCollection }>;
const shapes = world.objects.countries.geometries.map((g) => ({
  id: String(g.id),
  polygons: ((f) => (f.type === 'Polygon' ? [f.coordinates] : f.coordinates))(
    (feature(world, g) as unknown as { geometry: Polygon | MultiPolygon }).geometry,
  ),
}));

/** Even-odd ray casting: enough for points well inside a shape. */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Which shape (country, and the index of its polygon) holds a point. */
function shapesAt(point: Position): string[] {
  return shapes.flatMap(({ id, polygons }) =>
    polygons.flatMap((polygon, i) => (inRing(point, polygon[0]) && !polygon.slice(1).some((hole) => inRing(point, hole)) ? [`${id}#${i}`] : [])),
  );
}

describe('boundaries in the U.S. view', () => {
  it('draws Crimea as part of Ukraine: one shape with the mainland, none of Russia', () => {
    const kyiv = shapesAt([30.52, 50.45]);
    expect(kyiv).toHaveLength(1);
    expect(kyiv[0]).toMatch(/^UKR#/);
    for (const city of [[34.1, 44.95], [33.52, 44.6], [35.38, 45.04]]) expect(shapesAt(city)).toEqual(kyiv); // Simferopol, Sevastopol, Feodosia
  });

  it('draws no border between Crimea and the mainland, and no Russian border in Crimea', () => {
    const ids = world.objects.countries.geometries;
    const ukraine = ids.filter((g) => g.id === 'UKR');
    expect(ukraine).toHaveLength(1);
    // Arcs between two parts of one country would be an inner border.
    const inner = mesh(world, { type: 'GeometryCollection', geometries: ukraine }, (a, b) => a !== b);
    expect(inner.coordinates).toEqual([]);
    const withRussia = mesh(world, world.objects.countries, (a, b) => new Set([a.id, b.id]).size === 2 && [a.id, b.id].every((id) => id === 'UKR' || id === 'RUS'));
    expect(withRussia.coordinates.length).toBeGreaterThan(0);
    // The land border between them starts at the Sea of Azov (about 47° N); Crimea lies south of 46.3° N.
    for (const line of withRussia.coordinates) for (const [, lat] of line) expect(lat).toBeGreaterThan(46.5);
  });

  it.each([
    ['Smara, Western Sahara', 'MAR', [-11.66, 26.74]],
    ['Dakhla, Western Sahara', 'MAR', [-15.93, 23.7]],
    ['Kyrenia, Northern Cyprus', 'CYP', [33.32, 35.33]],
    ['Hargeisa, Somaliland', 'SOM', [44.06, 9.56]],
    ['Pristina', 'XKK', [21.17, 42.66]],
    ['Sukhumi, Abkhazia', 'GEO', [41.02, 43.0]],
    ['Tskhinvali, South Ossetia', 'GEO', [43.96, 42.23]],
    ['Tiraspol, Transnistria', 'MDA', [29.6, 46.84]],
    ['Donetsk', 'UKR', [37.8, 48.0]],
    ['Katzrin, Golan Heights', 'ISR', [35.69, 32.99]],
    ['Taipei', 'TWN', [121.56, 25.03]],
  ] as const)('puts %s in the shape of %s', (_, iso3, point) => {
    expect(shapesAt([...point]).map((s) => s.split('#')[0])).toEqual([iso3]);
  });

  it('draws each country once, and keeps no shape or marker for the parts merged into another', () => {
    const ids = world.objects.countries.geometries.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const points = world.objects.points.geometries.map((g) => g.id);
    for (const merged of ['ESH']) {
      expect(ids).not.toContain(merged);
      expect(points).not.toContain(merged);
    }
  });
});
