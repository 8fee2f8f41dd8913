// The world map: Natural Earth shapes and stand-in markers, each carrying `data-iso3` and `data-status`.
// Colours live in the style sheet, keyed by those attributes, so that themes (dark mode) and a second cue
// for colour-blind readers (EU coverage dashed) need no code.

import L from 'leaflet';
import type { CoverageStatus } from '../../../data/as-of';
import type { WorldGeometry } from '../geometry';

export class WorldMap {
  readonly map: L.Map;
  private readonly layers = new Map<string, L.Path[]>();
  private readonly markers = new Map<string, L.CircleMarker>();
  private statuses = new Map<string, CoverageStatus>();
  private selected: string | null = null;

  constructor(
    element: HTMLElement,
    private readonly world: WorldGeometry,
    /** Countries that get a marker where their shape is too small to see: those covered on some date. */
    markerCountries: ReadonlySet<string>,
    private readonly onSelect: (iso3: string) => void,
  ) {
    this.map = L.map(element, {
      zoomSnap: 0.25,
      minZoom: 1,
      maxZoom: 8,
      maxBounds: [[-70, -220], [88, 240]],
    });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>');
    this.map.fitBounds([[-56, -168], [78, 190]]);

    L.geoJSON(world.shapes, {
      style: { className: 'country', weight: 0.6 },
      onEachFeature: (f, layer) => this.register(String(f.id), layer as L.Path),
    }).addTo(this.map);

    for (const [iso3, point] of world.points) {
      if (!markerCountries.has(iso3)) continue;
      const [lon, lat] = point.geometry.coordinates;
      const marker = L.circleMarker([lat, lon], { className: 'country marker', radius: 5, weight: 1 }).addTo(this.map);
      this.markers.set(iso3, marker);
      this.register(iso3, marker);
    }
  }

  private register(iso3: string, layer: L.Path): void {
    const list = this.layers.get(iso3) ?? [];
    list.push(layer);
    this.layers.set(iso3, list);
    layer.bindTooltip(this.world.names.get(iso3) ?? iso3, { sticky: true, direction: 'top' });
    layer.on('click', () => this.onSelect(iso3));
    this.decorate(iso3);
  }

  private decorate(iso3: string): void {
    const status = this.statuses.get(iso3) ?? 'none';
    const selected = iso3 === this.selected;
    for (const layer of this.layers.get(iso3) ?? []) {
      const el = layer.getElement();
      if (!el) continue;
      el.setAttribute('data-iso3', iso3);
      el.setAttribute('data-status', status);
      el.toggleAttribute('data-selected', selected);
      if (selected) layer.bringToFront();
    }
    // Markers stay above the shapes they stand in for.
    this.markers.get(iso3)?.bringToFront();
  }

  /** Shows every country with its coverage on the shown date. */
  setStatuses(statuses: Map<string, CoverageStatus>): void {
    this.statuses = statuses;
    for (const iso3 of this.layers.keys()) this.decorate(iso3);
  }

  select(iso3: string | null): void {
    const previous = this.selected;
    this.selected = iso3;
    if (previous) this.decorate(previous);
    if (iso3) this.decorate(iso3);
  }

  /** The countries the map draws, as shapes or markers. */
  countries(): string[] {
    return [...this.layers.keys()];
  }
}
