// From the build-time topology (scripts/build-geometry.mjs) to what Leaflet draws: country shapes keyed by
// ISO alpha-3 and the points that stand in for small countries.

import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryProperties {
  name: string;
  iso2: string;
  /** Other names people search by. */
  alt?: string[];
}
export type CountryShape = Feature<Polygon | MultiPolygon, CountryProperties> & { id: string };
export type CountryPoint = Feature<Point, CountryProperties> & { id: string };

/** A country's shape, decoded when it is drawn: decoding all of them at once would block the page. */
export interface ShapeSource {
  id: string;
  decode(): CountryShape;
}

export interface WorldGeometry {
  shapes: ShapeSource[];
  /** Stand-in points of countries missing or too small at this scale, by ISO alpha-3. */
  points: Map<string, CountryPoint>;
  /** Every country the map knows, shapes and points, by ISO alpha-3. */
  countries: Map<string, CountryProperties>;
}

type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties>; points: GeometryCollection<CountryProperties> }>;

/**
 * A ring that crosses the antimeridian jumps from +180 to -180 between two points, and Leaflet would draw
 * that jump as a stripe across the world. Shifting the ring's western longitudes by 360 keeps it whole.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

export function unwrapGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
}

export function worldFromTopology(topology: WorldTopology): WorldGeometry {
  const shapes = topology.objects.countries.geometries.map((g) => ({
    id: String(g.id),
    decode(): CountryShape {
      const f = feature(topology, g) as Feature<Polygon | MultiPolygon, CountryProperties>;
      return { ...f, id: String(g.id), geometry: unwrapGeometry(f.geometry) };
    },
  }));
  const pointFeatures = (feature(topology, topology.objects.points) as FeatureCollection<Point, CountryProperties>).features;
  const points = new Map(pointFeatures.map((p) => [String(p.id), { ...p, id: String(p.id) }]));
  const countries = new Map<string, CountryProperties>();
  for (const g of topology.objects.countries.geometries) countries.set(String(g.id), g.properties as CountryProperties);
  for (const p of points.values()) countries.set(p.id, p.properties);
  return { shapes, points, countries };
}
