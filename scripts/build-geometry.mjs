// Builds the page's one geometry file, web/generated/world.topo.json, from Natural Earth (world-atlas):
// the 1:110m country shapes keyed by ISO alpha-3 with their names, and a point for every ISO country that is
// missing at 1:110m or too small to click at world zoom (taken from the 1:10m file), so that the page can put
// a marker on small partners without loading a detailed map. Each carries the names search looks for.
//
// Natural Earth's default edition draws de facto boundaries. The map follows the U.S. view instead where
// the two differ, and draws each country as one shape (the README lists every decision with its reason):
// Crimea is part of Ukraine, Western Sahara of Morocco, Northern Cyprus of Cyprus, Somaliland of Somalia.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mergeArcs, quantize } from 'topojson-client';

const require = createRequire(import.meta.url);
const world110 = require('world-atlas/countries-110m.json');
const world10 = require('world-atlas/countries-10m.json');
const countries = JSON.parse(readFileSync(new URL('../data/countries.json', import.meta.url), 'utf8'));
const byNumeric = new Map(countries.map((c) => [c.isoNumeric, c]));

// Kosovo, which Natural Earth draws without an ISO code: the United States recognises it (user-assigned XK).
const unnumbered = { Kosovo: 'XK' };
const byIso2 = new Map(countries.map((c) => [c.iso2, c]));
const countryOf = (g) => (g.id ? byNumeric.get(g.id) : byIso2.get(unnumbered[g.properties.name]));
const propertiesOf = (c) => ({ name: c.name, iso2: c.iso2, ...(c.altNames.length ? { alt: c.altNames } : {}) });

/**
 * Shapes drawn as part of another country in the U.S. view: by Natural Earth name, the ISO numeric code of
 * the country they belong to. Merged topologically, so no border is drawn between the parts.
 */
const partOf = { 'W. Sahara': '504', 'N. Cyprus': '196', Somaliland: '706' };
/** Crimea is one of the polygons of Natural Earth's Russia: the one within these bounds goes to Ukraine. */
const crimea = { from: '643', to: '804', west: 32, east: 37, south: 44, north: 46.5 };

// Below this area (square degrees of the shape's bounding box, ~ a few pixels at world zoom) a shape is a
// speck: it also gets a point.
const speck = 1.5;

function rings(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
}
function bboxArea(ring) {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
}
/** The centre of the largest ring's bounding box: enough to place a marker on a small place. */
function markerPoint(geometry) {
  const ring = rings(geometry).reduce((a, b) => (bboxArea(b) > bboxArea(a) ? b : a));
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** The 1:110m countries with the U.S. view's boundaries: each country one geometry, parts merged into it. */
function usViewGeometries() {
  const source = world110.objects.countries.geometries;
  const byId = new Map(source.filter((g) => g.id).map((g) => [g.id, g]));
  const parts = new Map([...byId.keys()].map((id) => [id, []]));
  for (const g of source) {
    const owner = partOf[g.properties.name];
    if (owner) parts.get(owner).push(g);
  }
  // Crimea: Russia's polygon inside the bounds leaves Russia and joins Ukraine.
  const russia = byId.get(crimea.from);
  const polygons = feature(world110, russia).geometry.coordinates;
  const inside = polygons.map((polygon) => polygon[0].every(([x, y]) => x > crimea.west && x < crimea.east && y > crimea.south && y < crimea.north));
  if (inside.filter(Boolean).length !== 1) throw new Error('Crimea: expected exactly one polygon of Russia within its bounds');
  parts.get(crimea.to).push({ type: 'Polygon', arcs: russia.arcs[inside.indexOf(true)] });
  const withoutCrimea = { ...russia, arcs: russia.arcs.filter((_, i) => !inside[i]) };

  return source.flatMap((g) => {
    if (partOf[g.properties.name]) return [];
    const own = g === russia ? withoutCrimea : g;
    const added = parts.get(g.id) ?? [];
    return [added.length ? { ...own, ...mergeArcs(world110, [own, ...added]) } : own];
  });
}

const drawn = new Map();
const geometries = [];
for (const g of usViewGeometries()) {
  const country = countryOf(g);
  if (!country) throw new Error(`No ISO country for the 1:110m shape "${g.properties.name}" (${g.id})`);
  const area = Math.max(...rings(feature(world110, g).geometry).map(bboxArea));
  drawn.set(country.iso3, Math.max(drawn.get(country.iso3) ?? 0, area));
  geometries.push({ type: g.type, arcs: g.arcs, id: country.iso3, properties: propertiesOf(country) });
}
const mergedAway = new Set(Object.keys(partOf).map((name) => world110.objects.countries.geometries.find((g) => g.properties.name === name).id).filter(Boolean));

const points = [];
for (const f of feature(world10, world10.objects.countries).features) {
  const country = f.id && byNumeric.get(f.id);
  if (!country || !f.geometry || mergedAway.has(f.id)) continue;
  const area = drawn.get(country.iso3);
  if (area !== undefined && area >= speck) continue;
  points.push({ type: 'Point', coordinates: markerPoint(f.geometry), id: country.iso3, properties: propertiesOf(country) });
}

// world-atlas quantizes to a 100,000-step grid; 10,000 steps (0.036° of longitude, under a pixel up to
// zoom 4) draw the same map for three quarters of the bytes.
const { scale: [sx, sy], translate: [tx, ty] } = world110.transform;
const arcs = world110.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => ((x += dx), (y += dy), [x * sx + tx, y * sy + ty]));
});
const topology = quantize({
  type: 'Topology',
  objects: {
    countries: { type: 'GeometryCollection', geometries },
    points: { type: 'GeometryCollection', geometries: points },
  },
  arcs,
}, 1e4);
const out = new URL('../web/generated/world.topo.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
const json = JSON.stringify(topology);
writeFileSync(out, json);
console.log(`web/generated/world.topo.json: ${geometries.length} shapes, ${points.length} points, ${json.length} bytes`);
