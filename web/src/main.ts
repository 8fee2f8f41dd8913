// Wires the page: loads data and geometry in parallel, then keeps the map, the table, the details, the
// timeline and the URL showing one state: a date, optionally a selected country, and the page's language,
// which the language menu switches without loading the data again.

import 'leaflet/dist/leaflet.css';
import './style.css';
import { agreementName, answerHtml, pageTitle } from '../../data/answer';
import { partnerKey, type CoverageStatus } from '../../data/as-of';
import { today } from '../../data/dates';
import { isLanguage, type Language, type Named } from '../../data/i18n';
import { parseView, recordsShown, viewAddress, type View } from '../../data/links';
import { summaryLine, tableCaption } from '../../data/summary';
import type { CbpCount, Unconfirmed } from '../../data/types';
import worldUrl from '../generated/world.topo.json?url';
import { LoadError, loadAgreement, loadAtlasData, loadCbpCounts, loadGeometry, loadMras, loadRecordHistory } from './api';
import { Atlas, type AtlasData, type CountryCoverage } from './atlas';
import { detailsHtml } from './details';
import { earlierListHtml } from './earlier';
import { coverageCsv, coverageJson, coverageRows, downloadName } from './downloads';
import { escapeHtml } from './format';
import { worldFromTopology } from './geometry';
import { english, laterWords, localizer, pageLanguage, translateDocument, type LaterLocalizer, type MessageKey, type PageLocalizer } from './i18n';
import { WorldMap } from './map/layer';
import { Legend } from './map/legend';
import { citedRecord, RecordReleases } from './record-release';
import { SearchBox } from './search-box';
import { yieldToPage } from './tasks';
import { SearchIndex } from './search';
import { rowsHtml, partnerRows, sortRows, type Sort, type SortKey } from './table';
import { TimelineControl } from './timeline-control';
import { changeDays, timelineRange } from './timeline';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The page's words, in the language it shows; English until the reader's language has loaded. */
let l: PageLocalizer = english;

/** Why loading failed, in the page's language. */
const failure = (error: unknown) => (error instanceof LoadError ? l.text(error.key, error.params) : l.text('somethingWrong'));

/** Shows the error with its Try again button; resolves when the button is pressed. */
function offerRetry(reason: string): Promise<void> {
  const alert = byId('load-error');
  alert.querySelector('p')!.textContent = l.text('loadFailed', { reason });
  alert.hidden = false;
  byId('summary').textContent = l.text('dataNotLoaded');
  return new Promise((resolve) => {
    byId('retry').addEventListener('click', () => {
      alert.hidden = true;
      byId('summary').textContent = l.text('loadingAtlas');
      resolve();
    }, { once: true });
  });
}

/** The data, asking again for as long as the reader presses Try again. */
async function dataWithRetry(first: Promise<AtlasData>, complete: boolean): Promise<AtlasData> {
  for (let attempt = first; ; attempt = loadAtlasData(complete)) {
    try {
      return await attempt;
    } catch (error) {
      await offerRetry(failure(error));
    }
  }
}

/** A language's words; English if they cannot be loaded, rather than no page. */
const wordsOf = (lang: Language) => localizer(lang).catch(() => english);

async function start(): Promise<void> {
  const now = today();
  let view: View = parseView(location.pathname, location.search);
  // The reader's language loads alongside the data and the geometry; a page the Worker wrote in it already
  // has its fixed words.
  const words = wordsOf(view.lang ?? pageLanguage(location.search, navigator.languages));
  // Today's map needs only a summary of each agreement, and a country's details today its own record; a view
  // of another date needs the full records from the start.
  let complete = Boolean(view.asOf);
  // The data request starts at once, in parallel with the geometry; the map is drawn as soon as the
  // geometry is here, so that a failing API never leaves a blank page.
  const pending = loadAtlasData(complete);
  pending.catch(() => undefined);
  const world = worldFromTopology((await loadGeometry(worldUrl)) as Parameters<typeof worldFromTopology>[0]);
  l = await words;
  if (document.documentElement.lang !== l.lang) translateDocument(document, l);
  const languageMenu = byId<HTMLSelectElement>('language');
  languageMenu.value = l.lang;
  // Start-up runs in pieces, each its own task (see tasks.ts): here, before Leaflet lays out the map.
  await yieldToPage();
  const handlers = { select: (_key: string) => {}, focus: (_key: string) => {}, name: (key: string) => key };
  const map = new WorldMap(byId('map'), world, {
    select: (key) => handlers.select(key), focus: (key) => handlers.focus(key), name: (key) => handlers.name(key),
  }, l);
  await map.drawShapes();
  const data = await dataWithRetry(pending, complete);

  let atlas = new Atlas(data);
  let completing: Promise<void> | null = null;
  /** Loads the full records once, then shows what is asked with them. */
  const whenComplete = (then: () => void): void => {
    if (complete) return then();
    completing ??= loadAtlasData(true).then(
      (full) => {
        const mras = atlas.mras;
        atlas = new Atlas(full);
        atlas.mras = mras;
        complete = true;
        // Undated agreements count from their sources' dates, which only the full records carry.
        timeline.setTicks(changeDays(atlas.network));
      },
      () => {
        completing = null;
        byId('tools-status').textContent = l.text('recordsNotLoaded');
      },
    );
    void completing.then(() => complete && then());
  };
  /** Agreements whose full record the atlas holds, besides every one once `complete`. */
  const fullRecords = new Set<string>();
  const hasRecords = (c: CountryCoverage) => complete || recordsShown(c).every((id) => fullRecords.has(id));
  /** The details of a country today: its own record (or the EU's), loaded once, then shown. */
  const whenDetailed = (key: string, then: () => void): void => {
    if (complete || shownDay() !== now) return whenComplete(then);
    const missing = recordsShown(atlas.coverage(key, nameOf(key), now)).filter((id) => !fullRecords.has(id));
    if (missing.length === 0) return then();
    Promise.all(missing.map(loadAgreement)).then(
      (records) => {
        const full = new Map(records.map((a) => [a.id, a]));
        for (const id of full.keys()) fullRecords.add(id);
        const mras = atlas.mras;
        atlas = new Atlas({ ...atlas.data, agreements: atlas.data.agreements.map((a) => full.get(a.id) ?? a) });
        atlas.mras = mras;
        if (view.country === key) then();
      },
      () => {
        byId('tools-status').textContent = l.text('recordNotLoaded');
      },
    );
  };
  const { first, last } = timelineRange(atlas.network, now);
  const partners = new Map(data.agreements.map((a) => [partnerKey(a.partner), a.partner]));
  /** A country or partner as it is named: its English name and the code Intl names it by. */
  const named = (key: string): Named => partners.get(key) ?? { name: world.countries.get(key)?.name ?? key, iso2: world.countries.get(key)?.iso2 ?? null };
  const nameOf = (key: string) => l.country(named(key));
  handlers.name = nameOf;
  map.addMarkers(new Set([...partners.keys(), ...data.euMembers.map((m) => m.iso3)]));
  // A code that names no country (a mistyped address, which the Worker answers with a 404 saying so) selects
  // nothing, and what the Worker wrote stays until something is chosen; `?country=UKR` shows its own
  // address, /country/ukr.
  let noSuchCountry = false;
  if (view.country && !world.countries.has(view.country) && !partners.has(view.country)) {
    view = { ...view, country: null };
    noSuchCountry = true;
  } else {
    history.replaceState(null, '', viewAddress(view, location.search) + location.hash);
  }

  let sort: Sort = { key: 'name', ascending: true };
  /** The partners whose MRA has been asked for (`partnerKey`: EU for an EU member's coverage). */
  const mrasRequested = new Set<string>();
  // The details name the release of their record once its history has loaded.
  const recordReleases = new RecordReleases(loadRecordHistory, () => {
    if (view.country) renderSelection(false);
  });
  const shownDay = () => (view.asOf && view.asOf >= first && view.asOf < now ? view.asOf : now);

  const announcements: Record<CoverageStatus, MessageKey> = { cmaa: 'announceCmaa', eu: 'announceEu', none: 'announceNone' };
  handlers.select = (key) => select(key, 'push');
  handlers.focus = (key) => {
    const status = atlas.network.coverageOn(key, shownDay());
    byId('map-announcer').textContent = `${l.text(announcements[status], { country: nameOf(key) })} ${l.text('announceDetails')}`;
  };
  const legend = new Legend(l).addTo(map.map);
  const timeline = new TimelineControl(
    { play: byId('play'), slider: byId('date-slider'), ticks: byId('change-days'), input: byId('date-input'), today: byId('today') },
    first, last, changeDays(atlas.network),
    (day, commit) => setDay(day, commit ? 'push' : 'none'),
    l,
  );
  await yieldToPage();
  render();
  if (view.country) whenDetailed(view.country, () => renderSelection(false));
  // Every country by its name in the page's language, and in English too (with its other English names).
  const searchEntries = () => [...world.countries.keys(), ...[...partners.keys()].filter((key) => !world.countries.has(key))].map((key) => {
    const english = [named(key).name, ...(world.countries.get(key)?.alt ?? [])];
    return { key, name: nameOf(key), iso2: world.countries.get(key)?.iso2 ?? null, alt: l.lang === 'en' ? english.slice(1) : english };
  });
  const search = new SearchBox(byId('search-input'), byId('search-options'), byId('search-status'), () => new SearchIndex(searchEntries(), l.compare), (key) => {
    select(key, 'push');
    map.bringIntoView(key);
  }, l);

  type HistoryMode = 'push' | 'replace' | 'none';

  /** Shows the page in another language: its words, directions and names; the data stays as loaded. */
  async function setLanguage(lang: Language, mode: HistoryMode): Promise<void> {
    if (mode !== 'none') {
      view = { ...view, lang };
      remember(mode);
    }
    languageMenu.value = lang;
    if (lang === l.lang) return;
    const next = await wordsOf(lang);
    // A later choice may have been made while these words loaded.
    if (languageMenu.value !== lang) return;
    l = next;
    translateDocument(document, l);
    map.translate(l);
    legend.translate(l);
    timeline.translate(l);
    search.translate(l);
    render();
    void renderReconciliation();
    if (corrections) {
      const words = await laterWords(next).catch(() => null);
      if (words && l === next) corrections.translate(words);
    }
  }

  languageMenu.addEventListener('change', () => {
    if (isLanguage(languageMenu.value)) void setLanguage(languageMenu.value, 'push');
  });

  function remember(mode: HistoryMode): void {
    if (mode === 'none') return;
    const url = viewAddress(view, location.search);
    if (url === location.pathname + location.search) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  function setDay(day: string, mode: HistoryMode): void {
    view = { ...view, asOf: day >= now ? null : day };
    remember(mode);
    // Another date needs the full records: undated agreements count from their sources' dates.
    if (view.asOf) whenComplete(render);
    else render();
  }

  function select(key: string | null, mode: HistoryMode): void {
    noSuchCountry = false;
    view = { ...view, country: key };
    remember(mode);
    renderSelection(true);
    if (key) whenDetailed(key, () => renderSelection(false));
  }

  function render(): void {
    const day = shownDay();
    timeline.show(day);
    const statuses = new Map<string, CoverageStatus>(map.countries().map((key) => [key, atlas.network.coverageOn(key, day)]));
    map.setStatuses(statuses);
    const counts = { cmaa: 0, eu: 0, none: 0 };
    for (const s of statuses.values()) counts[s] += 1;
    legend.update(counts);
    byId('summary').textContent = summaryLine(atlas.network.agreementsOn(day), counts.eu, day, now, l);
    byId('earlier-body').innerHTML = earlierListHtml(atlas.network, day, l);
    renderTable();
    renderSelection(false);
  }

  function renderTable(): void {
    const day = shownDay();
    const rows = sortRows(partnerRows(atlas, day, l), sort, l.compare);
    byId('partners-caption').textContent = tableCaption(rows.map((r) => r.agreement), day, now, l);
    document.querySelector('#partners tbody')!.innerHTML = rowsHtml(rows, view.country, l);
    document.querySelectorAll<HTMLElement>('#partners th[aria-sort]').forEach((th) => {
      const key = th.querySelector<HTMLElement>('[data-sort]')!.dataset.sort;
      th.setAttribute('aria-sort', key === sort.key ? (sort.ascending ? 'ascending' : 'descending') : 'none');
    });
  }

  function renderSelection(moveFocus: boolean): void {
    const key = view.country;
    map.select(key);
    document.querySelectorAll('#partners tr[aria-selected]').forEach((tr) => tr.removeAttribute('aria-selected'));
    const details = byId('details');
    if (noSuchCountry) return;
    const day = shownDay();
    // The title names what is shown, as the Worker wrote it for the address.
    const coverage = key ? atlas.coverage(key, nameOf(key), day) : null;
    document.title = pageTitle(coverage, day, now, l);
    if (!key || !coverage) {
      details.hidden = true;
      return;
    }
    // The details show the partner's MRA (or the EU's, for coverage through it): asked for once, then shown.
    const mraKey = coverage.status === 'eu' ? 'EU' : key;
    if (!mrasRequested.has(mraKey)) {
      mrasRequested.add(mraKey);
      void loadMras(mraKey).then((mras) => {
        atlas.mras = [...atlas.mras, ...mras.filter((m) => !atlas.mras.some((known) => known.id === m.id))];
        if (view.country) renderSelection(false);
      });
    }
    const row = document.querySelector<HTMLElement>(`#partners tr[data-iso3="${CSS.escape(key)}"]`);
    row?.setAttribute('aria-selected', 'true');
    const detailed = hasRecords(coverage);
    const record = detailed ? citedRecord(coverage, atlas) : null;
    const context = { day, today: now, origin: location.origin, release: record && recordReleases.of(record.id, atlas.data.meta.version) };
    const hadFocus = document.activeElement?.id === 'details-title';
    // Until its record is here, the answer (as the Worker wrote it into the page) and a word that more is coming.
    byId('details-body').innerHTML = detailed
      ? detailsHtml(coverage, atlas, context, l)
      : `${answerHtml(coverage, { day, today: now, checked: data.meta.checked }, l)}<p aria-live="polite">${escapeHtml(l.text('loadingRecord'))}</p>`;
    details.hidden = false;
    if (moveFocus || hadFocus) {
      byId('details-title').setAttribute('tabindex', '-1');
      byId('details-title').focus({ preventScroll: true });
      row?.scrollIntoView({ block: 'nearest' });
    }
  }

  // The report form's code loads when a reader asks for it.
  byId('details-body').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-report]');
    const key = view.country;
    if (!button || !key) return;
    const agreement = atlas.byId.get(button.dataset.agreement ?? '') ?? null;
    Promise.all([import('./report/form'), laterWords(l)]).then(
      ([{ openReportForm }, words]) => openReportForm(
        button.dataset.report as 'correction' | 'missing-agreement', key, nameOf(key), agreement, button, words, (a) => agreementName(a, l),
      ),
      () => (byId('tools-status').textContent = l.text('reportFormNotLoaded')),
    );
  });
  byId('details-close').addEventListener('click', () => {
    const key = view.country;
    select(null, 'push');
    if (key) byId('map').focus();
  });
  document.querySelector('#partners')!.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const sortKey = target.closest<HTMLElement>('[data-sort]')?.dataset.sort as SortKey | undefined;
    if (sortKey) {
      sort = { key: sortKey, ascending: sort.key === sortKey ? !sort.ascending : true };
      renderTable();
      return;
    }
    const key = target.closest<HTMLElement>('tr[data-iso3]')?.dataset.iso3;
    if (key) {
      select(key, 'push');
      map.bringIntoView(key);
    }
  });
  byId('earlier').addEventListener('click', (e) => {
    const key = (e.target as HTMLElement).closest<HTMLElement>('[data-select]')?.dataset.select;
    if (key) {
      select(key, 'push');
      map.bringIntoView(key);
    }
  });
  window.addEventListener('popstate', () => {
    timeline.stop();
    view = parseView(location.pathname, location.search);
    const lang = view.lang ?? pageLanguage(location.search, navigator.languages);
    if (lang !== l.lang) void setLanguage(lang, 'none');
    if (view.asOf) whenComplete(render);
    else if (view.country) whenDetailed(view.country, render);
    render();
  });

  byId('embed-open').addEventListener('click', async () => {
    const [{ openEmbedDialog }, words] = await Promise.all([import('./embed-dialog'), laterWords(l)]);
    openEmbedDialog({ ...view, asOf: shownDay() === now ? null : shownDay(), lang: l.lang === 'en' ? null : l.lang }, document.title, copyText, words);
  });
  wireTools(() => {
    const day = shownDay();
    // The downloads are data: their names are the dataset's, in English, whatever the page's language.
    return { day, rows: coverageRows(atlas, day, new Map(map.countries().map((k) => [k, named(k).name]))), version: data.meta.version };
  });
  // The reconciliation with CBP's counts sits below the map: it is loaded, with its code and words, when it
  // comes near the screen.
  let cbpCounts: { cbpCounts: CbpCount[]; unconfirmed: Unconfirmed[] } | null | undefined;
  let reconciliationHtml: typeof import('./reconciliation').reconciliationHtml | null = null;
  async function renderReconciliation(): Promise<void> {
    if (cbpCounts === undefined) return;
    const shownIn = l;
    const words = cbpCounts && reconciliationHtml ? await laterWords(shownIn).catch(() => null) : null;
    // Another language chosen meanwhile is drawn by its own call.
    if (shownIn !== l) return;
    byId('reconciliation-body').innerHTML = cbpCounts && reconciliationHtml && words
      ? reconciliationHtml(data.agreements, cbpCounts.cbpCounts, cbpCounts.unconfirmed, words)
      : `<p>${escapeHtml(l.text('cbpCountsNotLoaded'))}</p>`;
  }
  const observer = new IntersectionObserver(async ([entry]) => {
    if (!entry.isIntersecting) return;
    observer.disconnect();
    const [counts, code] = await Promise.all([loadCbpCounts(), import('./reconciliation').catch(() => null)]);
    cbpCounts = counts;
    reconciliationHtml = code?.reconciliationHtml ?? null;
    await renderReconciliation();
  }, { rootMargin: '300px' });
  observer.observe(byId('reconciliation'));
  // So is the corrections log, with its code.
  let corrections: { translate(l: LaterLocalizer): void } | null = null;
  const correctionsObserver = new IntersectionObserver(([entry]) => {
    if (!entry.isIntersecting) return;
    correctionsObserver.disconnect();
    Promise.all([import('./report/corrections'), laterWords(l)]).then(
      ([{ showCorrections }, words]) => (corrections = showCorrections(byId('corrections-body'), nameOf, words)),
      () => (byId('corrections-body').textContent = l.text('correctionsNotLoaded')),
    );
  }, { rootMargin: '300px' });
  correctionsObserver.observe(byId('corrections'));

  if (view.country) {
    // Zooming redraws every shape: its own task, after the details are on screen.
    await yieldToPage();
    map.bringIntoView(view.country);
  }
  document.body.dataset.ready = 'true';
}

function saveFile(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copy and download buttons: they act on what is shown when they are pressed. */
function wireTools(shown: () => { day: string; rows: ReturnType<typeof coverageRows>; version: string }): void {
  const status = byId('tools-status');
  const say = (text: string) => (status.textContent = text);
  byId('copy-link').addEventListener('click', async () => say((await copyText(location.href)) ? l.text('linkCopied') : l.text('copyThisLink', { url: location.href })));
  byId('download-csv').addEventListener('click', () => {
    const { day, rows } = shown();
    saveFile(new Blob([coverageCsv(rows)], { type: 'text/csv;charset=utf-8' }), downloadName(day, 'csv'));
  });
  byId('download-json').addEventListener('click', () => {
    const { day, rows, version } = shown();
    saveFile(new Blob([coverageJson(rows, day, version)], { type: 'application/json' }), downloadName(day, 'json'));
  });
  byId('download-png').addEventListener('click', async () => {
    const { day } = shown();
    try {
      const [{ mapPng }, words] = await Promise.all([import('./map/png'), laterWords(l)]);
      saveFile(await mapPng(byId('map'), day, words), downloadName(day, 'png'));
    } catch (error) {
      say(l.text('pngFailed', { reason: (error as Error).message }));
    }
  });
  document.addEventListener('click', async (e) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-copy]')?.dataset.copy;
    const text = id ? document.getElementById(id)?.textContent : null;
    if (text) say((await copyText(text)) ? l.text('citationCopied') : l.text('selectCitation'));
  });
}

// Without the geometry there is no map to draw: Try again reloads the page.
start().catch(async (error: unknown) => {
  await offerRetry(failure(error));
  location.reload();
});
