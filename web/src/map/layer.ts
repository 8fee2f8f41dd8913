// The world map: Natural Earth shapes and stand-in markers, each carrying `data-iso3` and `data-status`.
// Colours live in the style sheet, keyed by those attributes, so that themes (dark mode) and a second cue
// for colour-blind readers (EU coverage dashed) need no code. The keyboard moves between countries.

import L from 'leaflet';
import type { CoverageStatus } from '../../../data/as-of';
import type { WorldGeometry } from '../geometry';
import type { PageLocalizer } from '../i18n';
import { yieldToPage } from '../tasks';
import { arrowKeys, nearestInDirection, nearestTo, type Place } from './keyboard';

export interface WorldMapEvents {
  /** A country was chosen: clicked, tapped, or Enter on the keyboard. */
  select(key: string): void;
  /** Keyboard focus moved to a country. */
  focus(key: string): void;
  /** A country's name in the page's language, for its tooltip. */
  name(key: string): string;
}

/**
 * How long the map draws shapes before it lets the page paint and answer input: measured on the device
 * itself, so a slow phone draws fewer per task and no task nears the 50 ms that makes it a long one.
 */
const msPerTask = 8;

/** The whole world as the map frames it: every country's shape, Chukotka's unwrapped tip included. */
const world = L.latLngBounds([[-56, -168], [78, 190]]);

/** Where the style sheet puts the details below the map rather than beside it: a phone. */
const phoneLayout = '(max-width: 700px)';

export class WorldMap {
  readonly map: L.Map;
  private readonly layers = new Map<string, L.Path[]>();
  private readonly markers = new Map<string, L.CircleMarker>();
  /** Where each country is, for the keyboard and for bringing it into view. */
  private readonly centres = new Map<string, L.LatLng>();
  private readonly extents = new Map<string, L.LatLngBounds>();
  private statuses = new Map<string, CoverageStatus>();
  private selected: string | null = null;
  private focused: string | null = null;
  /** One tooltip, moved to whichever country is under the pointer, and one set of listeners per group. */
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -8] });
  private readonly keyOf = new WeakMap<L.Layer, string>();
  private readonly markerGroup: L.FeatureGroup;
  private attribution = '';

  constructor(
    element: HTMLElement,
    private readonly world: WorldGeometry,
    private readonly events: WorldMapEvents,
    l: PageLocalizer,
  ) {
    this.map = L.map(element, { zoomSnap: 0.25, minZoom: 1, maxZoom: 8, keyboard: false, maxBounds: [[-70, -220], [88, 240]] });
    this.map.attributionControl.setPrefix(false);
    this.translate(l);
    this.markerGroup = this.listen(L.featureGroup());

    element.addEventListener('keydown', (e) => this.key(e));
    // The details panel narrows the map beside it on a desktop. Leaflet only notices a resized window, so the
    // map is told here, and a map that showed the whole world is refitted to show it still.
    new ResizeObserver(([entry]) => this.map.whenReady(() => this.resized(entry.contentRect))).observe(element);
    // Focus can arrive before the world is framed; the map has a centre only from then on.
    element.addEventListener('focus', () => this.map.whenReady(() => {
      if (!this.focused) {
        const centre = this.map.latLngToContainerPoint(this.map.getCenter());
        const start = this.selected ?? nearestTo(centre.x, centre.y, this.places())?.key;
        if (start) this.focusCountry(start);
      }
    }));
  }

  /** Draws the country shapes a few at a time, so that no single task blocks the page for long. */
  async drawShapes(): Promise<void> {
    // Setting the view measures the map's element (a layout), so creating the map and framing the world are
    // two tasks.
    await yieldToPage();
    this.map.fitBounds(world);
    this.markerGroup.addTo(this.map);
    const group = this.listen(L.geoJSON(undefined, {
      style: { className: 'country', weight: 0.6 },
      onEachFeature: (f, layer) => {
        const key = String(f.id);
        this.register(key, layer as L.Path);
        this.locate(key, largestPart(layer as L.Polygon));
      },
    })).addTo(this.map);
    const { shapes } = this.world;
    let next = 0;
    while (next < shapes.length) {
      const start = next;
      const deadline = performance.now() + msPerTask;
      do group.addData(shapes[next++].decode());
      while (next < shapes.length && performance.now() < deadline);
      // The shapes have elements only now that they are on the map.
      for (const { id } of shapes.slice(start, next)) this.decorate(id);
      await yieldToPage();
    }
  }

  /** Gives these countries a marker where their shape is missing or too small to see. */
  addMarkers(keys: ReadonlySet<string>): void {
    for (const [key, point] of this.world.points) {
      if (!keys.has(key) || this.markers.has(key)) continue;
      const [lon, lat] = point.geometry.coordinates;
      const at = L.latLng(lat, lon);
      // A marker replaces a speck of a shape as the place to click and to move to.
      this.extents.set(key, L.latLngBounds(at, at));
      this.centres.set(key, at);
      const marker = L.circleMarker(at, { className: 'country marker', radius: 5, weight: 1 }).addTo(this.markerGroup);
      this.markers.set(key, marker);
      this.register(key, marker);
    }
  }

  /** Keeps the larger of a country's shapes (Cyprus is drawn in two) as where it is. */
  private locate(key: string, bounds: L.LatLngBounds): void {
    const previous = this.extents.get(key);
    if (previous && area(previous) >= area(bounds)) return;
    this.extents.set(key, bounds);
    this.centres.set(key, bounds.getCenter());
  }

  private register(key: string, layer: L.Path): void {
    const list = this.layers.get(key) ?? [];
    list.push(layer);
    this.layers.set(key, list);
    this.keyOf.set(layer, key);
    this.decorate(key);
  }

  private listen<T extends L.FeatureGroup>(group: T): T {
    const keyAt = (e: L.LeafletEvent) => this.keyOf.get((e as L.LeafletEvent & { propagatedFrom: L.Layer }).propagatedFrom);
    group.on('click', (e) => {
      const key = keyAt(e);
      if (key) this.events.select(key);
    });
    group.on('mouseover mousemove', (e) => {
      const key = keyAt(e);
      if (!key) return;
      this.tooltip.setLatLng((e as L.LeafletMouseEvent).latlng).setContent(this.name(key));
      if (!this.map.hasLayer(this.tooltip)) this.tooltip.addTo(this.map);
    });
    group.on('mouseout', () => this.tooltip.remove());
    return group;
  }

  private name(key: string): string {
    return this.events.name(key);
  }

  /**
   * Another language: the attribution's words, and the controls in the corners a reader of it starts from
   * (zoom at the top, attribution at the bottom, on the other side); the world itself is not mirrored.
   */
  translate(l: PageLocalizer): void {
    const attribution = this.map.attributionControl;
    attribution.removeAttribution(this.attribution);
    this.attribution = l.html('mapAttribution', { link: { html: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>' } });
    attribution.addAttribution(this.attribution);
    const rtl = l.dir === 'rtl';
    if (this.map.zoomControl.getPosition() !== (rtl ? 'topright' : 'topleft')) this.map.zoomControl.setPosition(rtl ? 'topright' : 'topleft');
    if (attribution.getPosition() !== (rtl ? 'bottomleft' : 'bottomright')) attribution.setPosition(rtl ? 'bottomleft' : 'bottomright');
    this.tooltip.remove();
  }

  private decorate(key: string): void {
    const status = this.statuses.get(key) ?? 'none';
    for (const layer of this.layers.get(key) ?? []) {
      const el = layer.getElement();
      if (!el) continue;
      el.setAttribute('data-iso3', key);
      el.setAttribute('data-status', status);
      el.toggleAttribute('data-selected', key === this.selected);
      el.toggleAttribute('data-focused', key === this.focused);
      if (key === this.selected || key === this.focused) layer.bringToFront();
    }
    // Markers stay above the shapes they stand in for.
    this.markers.get(key)?.bringToFront();
  }

  /** Shows every country with its coverage on the shown date. */
  setStatuses(statuses: Map<string, CoverageStatus>): void {
    this.statuses = statuses;
    for (const key of this.layers.keys()) this.decorate(key);
  }

  select(key: string | null): void {
    const previous = this.selected;
    this.selected = key;
    if (previous) this.decorate(previous);
    if (key) this.decorate(key);
  }

  /**
   * Brings the country into view. On a phone it is also zoomed to, as the world is too small there to see it;
   * on a desktop the map never zooms in for it, so that the world stays in view beside the details.
   */
  bringIntoView(key: string): void {
    const bounds = this.extents.get(key);
    if (!bounds) return;
    const inView = this.map.getBounds().contains(bounds);
    if (matchMedia(phoneLayout).matches) {
      if (inView && this.map.getZoom() >= 2) return;
      this.map.fitBounds(bounds, { maxZoom: Math.max(this.map.getZoom(), 4), padding: [40, 40] });
    } else if (!inView) {
      this.map.fitBounds(bounds, { maxZoom: this.map.getZoom(), padding: [40, 40] });
    }
  }

  /** After the map's element changed size: Leaflet measures it again, and a whole-world view stays whole. */
  private resized(size: DOMRectReadOnly): void {
    const known = this.map.getSize();
    if (Math.round(size.width) === known.x && Math.round(size.height) === known.y) return;
    // The view as it was, measured at the old size, which Leaflet keeps until told.
    const showedWorld = this.map.getBounds().pad(0.01).contains(world);
    this.map.invalidateSize({ pan: false });
    if (showedWorld) this.map.fitBounds(world, { animate: false });
  }

  private focusCountry(key: string): void {
    const previous = this.focused;
    this.focused = key;
    if (previous) this.decorate(previous);
    this.decorate(key);
    const centre = this.centres.get(key);
    if (centre && !this.map.getBounds().contains(centre)) this.map.panTo(centre);
    this.events.focus(key);
  }

  private places(): Place[] {
    return [...this.centres].filter(([key]) => this.layers.has(key)).map(([key, at]) => {
      const p = this.map.latLngToContainerPoint(at);
      return { key, x: p.x, y: p.y };
    });
  }

  private key(e: KeyboardEvent): void {
    const direction = arrowKeys[e.key];
    if (direction) {
      const places = this.places();
      const from = places.find((p) => p.key === this.focused);
      const next = from ? nearestInDirection(from, places, direction) : places[0];
      if (next) this.focusCountry(next.key);
    } else if ((e.key === 'Enter' || e.key === ' ') && this.focused) {
      this.events.select(this.focused);
    } else if (e.key === '+' || e.key === '=') {
      this.map.zoomIn();
    } else if (e.key === '-') {
      this.map.zoomOut();
    } else {
      return;
    }
    e.preventDefault();
  }

  /** The countries the map draws, as shapes or markers. */
  countries(): string[] {
    return [...this.layers.keys()];
  }
}

function area(b: L.LatLngBounds): number {
  return (b.getEast() - b.getWest()) * (b.getNorth() - b.getSouth());
}

/** The bounds of a shape's largest part: France's centre is in France, not in the Atlantic. */
function largestPart(layer: L.Polygon): L.LatLngBounds {
  const rings = layer.getLatLngs() as L.LatLng[][] | L.LatLng[][][];
  const parts = (Array.isArray(rings[0]?.[0]) ? (rings as L.LatLng[][][]).map((p) => p[0]) : (rings as L.LatLng[][]).slice(0, 1));
  return parts.map((ring) => L.latLngBounds(ring)).reduce((a, b) => (area(b) > area(a) ? b : a));
}
