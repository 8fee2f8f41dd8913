// The releases behind the record in the details panel, from its history in the API (loaded when the details
// first show it): the release that holds the data as shown, which its citation names and pins the record
// to, and the release in which the record last changed, which the panel states with a link to the history.

import type { Agreement } from '../../data/types';
import type { Atlas, CountryCoverage } from './atlas';
import { escapeHtml as esc } from './format';
import { isObject, list, text } from './normalise';

/** The record a country's details and citation are about: its own agreement, or the EU's. */
export const citedRecord = (c: CountryCoverage, atlas: Atlas): Agreement | null =>
  c.agreement ?? (c.euMember ? atlas.euAgreement : null);

const changeKinds = ['added', 'changed', 'unchanged', 'removed', 'absent'] as const;
export interface HistoryItem {
  version: string;
  change: (typeof changeKinds)[number];
  fields: string[];
}

/** The items of `/api/v1/agreements/{id}/history`, newest first; what cannot be read is left out. */
export function historyItems(body: unknown): HistoryItem[] {
  if (!isObject(body)) return [];
  return list(body.history, (item) => {
    if (!isObject(item) || !text(item.version) || !changeKinds.includes(item.change as HistoryItem['change'])) return null;
    const fields = list(item.changes, (c) => (isObject(c) ? text(c.field) : null));
    return { version: item.version as string, change: item.change as HistoryItem['change'], fields };
  });
}

export interface RecordRelease {
  id: string;
  /** The version of the data shown. */
  dataVersion: string;
  /** The release whose data is the data shown (the newest, when it has the version shown), or null. */
  cited: string | null;
  /** The newest release that added or changed the record, and the fields changed. */
  changed: { version: string; added: boolean; fields: string[] } | null;
}

export function recordRelease(id: string, history: HistoryItem[], dataVersion: string): RecordRelease {
  const newest = history[0];
  const last = history.find((h) => h.change === 'added' || h.change === 'changed');
  return {
    id,
    dataVersion,
    cited: newest && newest.version === dataVersion && newest.change !== 'removed' && newest.change !== 'absent' ? newest.version : null,
    changed: last ? { version: last.version, added: last.change === 'added', fields: last.fields } : null,
  };
}

/** The record's URL in the API, pinned to the cited release where there is one. */
export const recordUrl = (origin: string, r: { id: string; cited?: string | null }) =>
  `${origin}/api/v1/agreements/${encodeURIComponent(r.id)}${r.cited ? `?version=${encodeURIComponent(r.cited)}` : ''}`;

/** One line for the panel: the release it last changed in, and a link to its history. */
export function releaseNoteHtml(r: RecordRelease): string {
  const changed = r.changed
    ? `${r.changed.added ? 'Added' : 'Changed'} in release ${esc(r.changed.version)}${r.changed.fields.length ? ` (${esc(r.changed.fields.join(', '))})` : ''}.`
    : 'Not yet in a release.';
  const unreleased = r.cited === null && r.changed ? ` The data shown, version ${esc(r.dataVersion)}, is newer than the latest release.` : '';
  return `<p class="release-note">${changed}${unreleased} <a href="/api/v1/agreements/${esc(encodeURIComponent(r.id))}/history">History of this record</a></p>`;
}

/** The histories, each loaded once when first asked for; `loaded` redraws what shows them. */
export class RecordReleases {
  private readonly known = new Map<string, RecordRelease | null>();

  constructor(
    private readonly load: (id: string) => Promise<unknown>,
    private readonly loaded: () => void,
  ) {}

  /** What is known of a record's releases: null until its history has loaded, or if it could not be. */
  of(id: string, dataVersion: string): RecordRelease | null {
    if (this.known.has(id)) return this.known.get(id)!;
    this.known.set(id, null);
    void this.load(id).then(
      (body) => {
        const history = historyItems(body);
        this.known.set(id, history.length ? recordRelease(id, history, dataVersion) : null);
        this.loaded();
      },
      () => undefined,
    );
    return null;
  }
}
