// The embeddable map (/embed?country=&asOf=&lang=): the map with its legend, a summary line and a link to the
// full atlas, and nothing else, in the language of the address or of the reader's browser. Choosing a
// country puts its answer in the summary line and points the link at its page. The Worker has already
// written the answer for the address's country, the link, and the page's words in its language.

import 'leaflet/dist/leaflet.css';
import './style.css';
import { answerSentence } from '../../data/answer';
import { partnerKey, type CoverageStatus } from '../../data/as-of';
import { today } from '../../data/dates';
import type { Named } from '../../data/i18n';
import { parseView, viewAddress } from '../../data/links';
import { summaryLine } from '../../data/summary';
import worldUrl from '../generated/world.topo.json?url';
import { loadAtlasData, loadGeometry } from './api';
import { Atlas } from './atlas';
import { worldFromTopology } from './geometry';
import { english, localizer, pageLanguage, translateDocument, type MessageKey } from './i18n';
import { WorldMap } from './map/layer';
import { Legend } from './map/legend';
import { timelineRange } from './timeline';

const summary = document.getElementById('summary')!;
const atlasLink = document.getElementById('atlas-link') as HTMLAnchorElement;
let l = english;

const announcements: Record<CoverageStatus, MessageKey> = { cmaa: 'announceCmaa', eu: 'announceEu', none: 'announceNone' };

async function start(): Promise<void> {
  const now = today();
  const view = parseView('/', location.search);
  const words = localizer(view.lang ?? pageLanguage(location.search, navigator.languages)).catch(() => english);
  const pending = loadAtlasData(Boolean(view.country || view.asOf));
  const world = worldFromTopology((await loadGeometry(worldUrl)) as Parameters<typeof worldFromTopology>[0]);
  l = await words;
  if (document.documentElement.lang !== l.lang) translateDocument(document, l);
  const handlers = { select: (_key: string) => {}, focus: (_key: string) => {}, name: (key: string) => key };
  const map = new WorldMap(document.getElementById('map')!, world, {
    select: (key) => handlers.select(key), focus: (key) => handlers.focus(key), name: (key) => handlers.name(key),
  }, l);
  await map.drawShapes();
  const data = await pending;
  const atlas = new Atlas(data);
  const { first } = timelineRange(atlas.network, now);
  const day = view.asOf && view.asOf >= first && view.asOf < now ? view.asOf : now;
  const partners = new Map(data.agreements.map((a) => [partnerKey(a.partner), a.partner]));
  const named = (key: string): Named => partners.get(key) ?? { name: world.countries.get(key)?.name ?? key, iso2: world.countries.get(key)?.iso2 ?? null };
  const nameOf = (key: string) => l.country(named(key));
  handlers.name = nameOf;
  map.addMarkers(new Set([...partners.keys(), ...data.euMembers.map((m) => m.iso3)]));
  const statuses = new Map(map.countries().map((key) => [key, atlas.network.coverageOn(key, day)]));
  map.setStatuses(statuses);
  const counts = { cmaa: 0, eu: 0, none: 0 };
  for (const s of statuses.values()) counts[s] += 1;
  new Legend(l).addTo(map.map).update(counts);
  const overview = summaryLine(atlas.network.agreementsOn(day), counts.eu, day, now, l);

  /** The answer for a country in the summary line, and the link to its page; the overview without one. */
  const show = (key: string | null) => {
    map.select(key);
    const shown = { country: key, asOf: day === now ? null : day, lang: view.lang };
    atlasLink.href = location.origin + viewAddress(shown);
    summary.textContent = key
      ? answerSentence(atlas.coverage(key, nameOf(key), day), { day, today: now, checked: data.meta.checked }, l)
      : overview;
  };
  handlers.select = show;
  handlers.focus = (key) => {
    const status = l.text(announcements[atlas.network.coverageOn(key, day)], { country: nameOf(key) });
    document.getElementById('map-announcer')!.textContent = `${status} ${l.text('announceAnswer')}`;
  };
  const known = view.country && (world.countries.has(view.country) || partners.has(view.country)) ? view.country : null;
  show(known);
  if (known) map.bringIntoView(known);
  document.body.dataset.ready = 'true';
}

start().catch(() => {
  summary.textContent = l.text('embedFailed');
});
