// The releases behind the record in the details panel, from its history in the API (loaded when the details
// first show it): the release that holds the data as shown, which its citation names and pins the record
// to, and the release in which the record last changed, which the panel states with a link to the history.

import type { Agreement } from '../../data/types';
import type { Atlas, CountryCoverage } from './atlas';
import { escapeHtml as esc } from './format';
import type { MessageKey, PageLocalizer } from './i18n';
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

/** A record's fields as the page names them: the report form's labels, in lower case within a sentence. */
export const fieldLabels: Readonly<Record<string, MessageKey>> = {
  signed: 'fieldSigned',
  signedPlace: 'fieldSignedPlace',
  inForce: 'fieldInForce',
  status: 'fieldStatus',
  binding: 'fieldBinding',
  signatories: 'fieldSignatories',
  successorTo: 'fieldSuccessorTo',
  supersededBy: 'fieldSupersededBy',
  partner: 'fieldPartner',
  sources: 'fieldSources',
  confidence: 'fieldConfidence',
  notes: 'fieldNotes',
};

/** A field's name within a sentence: its label in lower case, or the API's name of a field without one. */
export const fieldInSentence = (field: string, l: PageLocalizer) =>
  fieldLabels[field] ? l.text(fieldLabels[field]).toLocaleLowerCase(l.lang) : field;

/** One line for the panel: the release it last changed in, and a link to its history. */
export function releaseNoteHtml(r: RecordRelease, l: PageLocalizer): string {
  const c = r.changed;
  const changed = !c
    ? l.text('releaseNone')
    : c.added
      ? l.text('releaseAdded', { version: c.version })
      : c.fields.length
        ? l.text('releaseChangedFields', { version: c.version, fields: l.list(c.fields.map((f) => fieldInSentence(f, l))) })
        : l.text('releaseChanged', { version: c.version });
  const unreleased = r.cited === null && c ? ` ${l.text('releaseNewer', { version: r.dataVersion })}` : '';
  return `<p class="release-note">${esc(changed + unreleased)} <a href="/api/v1/agreements/${esc(encodeURIComponent(r.id))}/history">${esc(l.text('releaseHistory'))}</a></p>`;
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
