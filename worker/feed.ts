// The change feed: data/changelog.json as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), newest first,
// for every partner or for one, and the same feed as Atom 1.0 (atom.ts).

import { partnerKey } from '../data/as-of';
import type { ChangeEntry, Partner } from '../data/types';
import type { ServedDataset } from './dataset';

type Names = Record<'agreements' | 'mras', Map<string, string>>;

const partnerNames = (records: { id: string; partner: { name: string } }[]) => new Map(records.map((r) => [r.id, r.partner.name]));

function contentText(entry: ChangeEntry, names: Names, origin: string): string {
  const list = (table: keyof Names) =>
    entry[table].map((id) => `${id} (${names[table].get(id) ?? 'no longer under this id'})`).join(', ');
  const reports = entry.reports ?? [];
  return [
    entry.summary,
    entry.fields.length ? `Fields: ${entry.fields.join(', ')}.` : '',
    entry.agreements.length ? `Agreements: ${list('agreements')}.` : '',
    entry.mras.length ? `MRAs: ${list('mras')}.` : '',
    reports.length ? `Readers' reports applied: ${reports.map((id) => `${origin}/api/v1/reports/${id}`).join(' ')}` : '',
  ].filter(Boolean).join('\n\n');
}

/** A partner followed with `country`, and the ids of its agreements and MRAs. */
export interface FollowedPartner {
  partner: Partner;
  agreements: Set<string>;
  mras: Set<string>;
}

/** Every partner has an alpha-2 code (EU for the Union, SU and CS for former states): with its type, it names it. */
const samePartner = (a: Partner, b: Partner) => a.type === b.type && a.iso2 === b.iso2;

/**
 * The partner a code names, as /agreements/{code} reads codes (an agreement or MRA id, ISO alpha-2, alpha-3
 * or numeric, any case), with every agreement and MRA of it; undefined if no record names it.
 */
export function followedPartner({ agreements, mras }: ServedDataset, code: string): FollowedPartner | undefined {
  const lower = code.toLowerCase();
  const upper = code.toUpperCase();
  const numeric = /^[0-9]{1,3}$/.test(code) ? code.padStart(3, '0') : null;
  const named = (r: { id: string; partner: Partner }) =>
    r.id === lower || (numeric ? r.partner.isoNumeric === numeric : r.partner.iso2 === upper || r.partner.iso3 === upper);
  const partner = [...agreements, ...mras].find(named)?.partner;
  if (!partner) return undefined;
  const ids = (records: { id: string; partner: Partner }[]) => new Set(records.filter((r) => samePartner(r.partner, partner)).map((r) => r.id));
  return { partner, agreements: ids(agreements), mras: ids(mras) };
}

/** The page showing a partner; former states (USSR, Czechoslovakia) have no shape of their own. */
const pageOf = (origin: string, partner: Partner | undefined) =>
  partner && partner.type !== 'former' ? `${origin}/?country=${encodeURIComponent(partnerKey(partner))}` : `${origin}/`;

/** The feed as served at `feedUrl` (JSON Feed wants absolute URLs), of every change or of one partner's. */
export function changeFeed(dataset: ServedDataset, feedUrl: URL, followed?: FollowedPartner) {
  const { agreements, mras, changelog, meta } = dataset;
  const { origin } = feedUrl;
  const names = { agreements: partnerNames(agreements), mras: partnerNames(mras) };
  const partners = new Map([...agreements, ...mras].map((r) => [r.id, r.partner]));
  const entries = followed
    ? changelog.filter((e) => e.agreements.some((id) => followed.agreements.has(id)) || e.mras.some((id) => followed.mras.has(id)))
    : changelog;
  /** The one partner an entry is about, if it is about one. */
  const subject = (entry: ChangeEntry) => {
    const about = [...entry.agreements, ...entry.mras].map((id) => partners.get(id));
    return about.every((p) => p && about[0] && samePartner(p, about[0])) ? about[0] : undefined;
  };
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: followed ? `CMAA Atlas: changes for ${followed.partner.name}` : 'CMAA Atlas: changes to the data',
    description: followed
      ? `The agreements and AEO mutual recognition arrangements of ${followed.partner.name} added to, corrected in or removed from the CMAA Atlas.`
      : 'Agreements and AEO mutual recognition arrangements added to, corrected in or removed from the CMAA Atlas.',
    home_page_url: pageOf(origin, followed?.partner),
    feed_url: feedUrl.href,
    language: 'en',
    items: entries.toReversed().map((entry) => ({
      id: entry.id,
      url: pageOf(origin, followed?.partner ?? subject(entry)),
      title: entry.title,
      content_text: contentText(entry, names, origin),
      date_published: `${entry.date}T00:00:00Z`,
      tags: [entry.change],
      _change: {
        change: entry.change,
        version: entry.version,
        agreements: entry.agreements,
        mras: entry.mras,
        fields: entry.fields,
        reports: entry.reports ?? [],
      },
    })),
    _meta: {
      about: `${origin}/api/#listChanges`,
      ...meta,
      country: followed ? { name: followed.partner.name, iso2: followed.partner.iso2, iso3: followed.partner.iso3 } : null,
    },
  };
}

export type ChangeFeed = ReturnType<typeof changeFeed>;
