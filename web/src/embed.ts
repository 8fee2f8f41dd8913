// The embeddable map (/embed?country=&asOf=): the map with its legend, a summary line and a link to the full
// atlas, and nothing else. Choosing a country puts its answer in the summary line and points the link at its
// page. The Worker has already written the answer for the address's country, and the link.

import 'leaflet/dist/leaflet.css';
import './style.css';
import { answerSentence } from '../../data/answer';
import { summaryLine } from '../../data/summary';
import { partnerKey } from '../../data/as-of';
import { today } from '../../data/dates';
import { parseView, viewAddress } from '../../data/links';
import worldUrl from '../generated/world.topo.json?url';
import { loadAtlasData, loadGeometry } from './api';
import { Atlas } from './atlas';
import { worldFromTopology } from './geometry';
import { WorldMap } from './map/layer';
import { Legend, statusLabels } from './map/legend';
import { timelineRange } from './timeline';

const summary = document.getElementById('summary')!;
const atlasLink = document.getElementById('atlas-link') as HTMLAnchorElement;

async function start(): Promise<void> {
  const now = today();
  const view = parseView('/', location.search);
  const pending = loadAtlasData(Boolean(view.country || view.asOf));
  const world = worldFromTopology((await loadGeometry(worldUrl)) as Parameters<typeof worldFromTopology>[0]);
  const handlers = { select: (_key: string) => {}, focus: (_key: string) => {} };
  const map = new WorldMap(document.getElementById('map')!, world, { select: (key) => handlers.select(key), focus: (key) => handlers.focus(key) });
  await map.drawShapes();
  const data = await pending;
  const atlas = new Atlas(data);
  const { first } = timelineRange(atlas.network, now);
  const day = view.asOf && view.asOf >= first && view.asOf < now ? view.asOf : now;
  const names = new Map(data.agreements.map((a) => [partnerKey(a.partner), a.partner.name]));
  const nameOf = (key: string) => names.get(key) ?? world.countries.get(key)?.name ?? key;
  map.addMarkers(new Set([...names.keys(), ...data.euMembers.map((m) => m.iso3)]));
  const statuses = new Map(map.countries().map((key) => [key, atlas.network.coverageOn(key, day)]));
  map.setStatuses(statuses);
  const counts = { cmaa: 0, eu: 0, none: 0 };
  for (const s of statuses.values()) counts[s] += 1;
  new Legend().addTo(map.map).update(counts);
  const overview = summaryLine(atlas.network.agreementsOn(day), counts.eu, day, now);

  /** The answer for a country in the summary line, and the link to its page; the overview without one. */
  const show = (key: string | null) => {
    map.select(key);
    const shown = { country: key, asOf: day === now ? null : day };
    atlasLink.href = location.origin + viewAddress(shown);
    summary.textContent = key
      ? answerSentence(atlas.coverage(key, nameOf(key), day), { day, today: now, checked: data.meta.checked })
      : overview;
  };
  handlers.select = show;
  handlers.focus = (key) => {
    document.getElementById('map-announcer')!.textContent = `${nameOf(key)}: ${statusLabels[atlas.network.coverageOn(key, day)].toLowerCase()}. Enter for its answer.`;
  };
  const known = view.country && (world.countries.has(view.country) || names.has(view.country)) ? view.country : null;
  show(known);
  if (known) map.bringIntoView(known);
  document.body.dataset.ready = 'true';
}

start().catch(() => {
  summary.textContent = 'The map could not be loaded. Open CMAA Atlas with the link below.';
});
