// Builds the page's one geometry file, web/generated/world.topo.json, from Natural Earth (world-atlas):
// the 1:110m country shapes keyed by ISO alpha-3 with their names, and a point for every ISO country that is
// missing at 1:110m or too small to click at world zoom (taken from the 1:10m file), so that the page can put
// a marker on small partners without loading a detailed map. Each carries the names search looks for.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, quantize } from 'topojson-client';

const require = createRequire(import.meta.url);
const world110 = require('world-atlas/countries-110m.json');
const world10 = require('world-atlas/countries-10m.json');
const countries = JSON.parse(readFileSync(new URL('../data/countries.json', import.meta.url), 'utf8'));
const byNumeric = new Map(countries.map((c) => [c.isoNumeric, c]));

// Shapes Natural Earth draws without an ISO code; ISO 3166 counts them as part of these countries.
const unnumbered = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };
const byIso2 = new Map(countries.map((c) => [c.iso2, c]));
const countryOf = (g) => (g.id ? byNumeric.get(g.id) : byIso2.get(unnumbered[g.properties.name]));
const propertiesOf = (c) => ({ name: c.name, iso2: c.iso2, ...(c.altNames.length ? { alt: c.altNames } : {}) });

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

const shapes = feature(world110, world110.objects.countries).features;
const drawn = new Map();
const geometries = [];
world110.objects.countries.geometries.forEach((g, i) => {
  const country = countryOf(g);
  if (!country) throw new Error(`No ISO country for the 1:110m shape "${g.properties.name}" (${g.id})`);
  const area = Math.max(...rings(shapes[i].geometry).map(bboxArea));
  drawn.set(country.iso3, Math.max(drawn.get(country.iso3) ?? 0, area));
  geometries.push({ type: g.type, arcs: g.arcs, id: country.iso3, properties: propertiesOf(country) });
});

const points = [];
for (const f of feature(world10, world10.objects.countries).features) {
  const country = f.id && byNumeric.get(f.id);
  if (!country || !f.geometry) continue;
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
