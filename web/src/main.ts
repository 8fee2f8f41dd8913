// Wires the page: load data and geometry in parallel, draw the map for the date in the URL, open the
// details of the country in the URL, and keep the URL in step with what is shown.

import 'leaflet/dist/leaflet.css';
import './style.css';
import type { Topology } from 'topojson-specification';
import { today } from '../../data/dates';
import worldUrl from '../generated/world.topo.json?url';
import { loadAtlasData, loadGeometry } from './api';
import { Atlas } from './atlas';
import { detailsHtml } from './details';
import { formatDate } from './format';
import { worldFromTopology } from './geometry';
import { WorldMap } from './map/layer';
import { Legend } from './map/legend';
import { reconciliationHtml } from './reconciliation';
import { parseViewState, viewStateQuery, type ViewState } from './url-state';
import type { CoverageStatus } from '../../data/as-of';

const mapElement = document.getElementById('map')!;
const detailsElement = document.getElementById('details')!;
const detailsBody = document.getElementById('details-body')!;
const summaryElement = document.getElementById('summary')!;

async function start(): Promise<void> {
  const state: ViewState = parseViewState(location.search);
  const now = today();
  const [data, topology] = await Promise.all([loadAtlasData(), loadGeometry<Topology>(worldUrl)]);
  const atlas = new Atlas(data);
  const world = worldFromTopology(topology as Parameters<typeof worldFromTopology>[0]);
  const day = state.asOf ?? now;

  const covered = new Set([
    ...data.agreements.map((a) => a.partner.iso3).filter((c): c is string => c !== null),
    ...data.euMembers.map((m) => m.iso3),
  ]);
  const map = new WorldMap(mapElement, world, covered, (iso3) => select(iso3));
  const legend = new Legend().addTo(map.map);

  const countries = map.countries();
  const statuses = new Map<string, CoverageStatus>(
    countries.map((iso3) => [iso3, atlas.coverage(iso3, world.names.get(iso3) ?? iso3, day).status]),
  );
  map.setStatuses(statuses);
  const counts = { cmaa: 0, eu: 0, none: 0 };
  for (const s of statuses.values()) counts[s] += 1;
  legend.update(counts);
  const agreements = atlas.network.agreementsOn(day).length;
  summaryElement.textContent =
    `${state.asOf ? `On ${formatDate(day)}` : 'Today'}: ${agreements} agreements — ${counts.cmaa} countries with their own ` +
    `agreement and ${counts.eu} more covered through the EU's. Data checked ${formatDate(data.meta.checked)}.`;

  document.getElementById('reconciliation-body')!.innerHTML = reconciliationHtml(data.agreements, data.cbpCounts, data.unconfirmed);

  function select(iso3: string): void {
    const name = world.names.get(iso3) ?? atlas.data.agreements.find((a) => a.partner.iso3 === iso3)?.partner.name ?? iso3;
    detailsBody.innerHTML = detailsHtml(atlas.coverage(iso3, name, day), atlas, day, day === now);
    detailsElement.hidden = false;
    map.select(iso3);
    history.replaceState(null, '', viewStateQuery({ ...state, country: iso3 }, location.search) || location.pathname);
    document.getElementById('details-title')?.focus();
  }

  document.getElementById('details-close')!.addEventListener('click', () => {
    detailsElement.hidden = true;
    map.select(null);
    history.replaceState(null, '', viewStateQuery({ ...state, country: null }, location.search) || location.pathname);
  });

  if (state.country) select(state.country);
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  console.error(error);
  summaryElement.textContent = '';
  const alert = document.getElementById('load-error')!;
  alert.querySelector('p')!.textContent = `The atlas could not load its data: ${(error as Error).message}`;
  alert.hidden = false;
});
document.getElementById('retry')?.addEventListener('click', () => location.reload());
