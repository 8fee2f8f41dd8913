// The change feed: data/changelog.json as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), newest first.

import meta from '../data/meta.json';
import type { ChangeEntry } from '../data/types';
import type { ServedDataset } from './dataset';

export const feedContentType = 'application/feed+json; charset=utf-8';

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

/** The feed as served from `origin`: JSON Feed wants absolute URLs. */
export function changeFeed({ agreements, mras, changelog }: ServedDataset, origin: string) {
  const names = { agreements: partnerNames(agreements), mras: partnerNames(mras) };
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'CMAA Atlas: changes to the data',
    description: 'Agreements and AEO mutual recognition arrangements added to, corrected in or removed from the CMAA Atlas.',
    home_page_url: `${origin}/`,
    feed_url: `${origin}/api/v1/changes.json`,
    language: 'en',
    items: changelog.toReversed().map((entry) => ({
      id: entry.id,
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
    _meta: { about: `${origin}/api/#listChanges`, ...meta },
  };
}
