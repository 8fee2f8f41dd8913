// The sentences that count the network on a date, worded so that a reader can check them against the table:
// the page's summary line and table caption, and the summary the Worker writes into the pages it serves, in
// the language of the page.

import type { Localizer } from './i18n';
import type { Agreement } from './types';

/** The messages these sentences are made of (web/src/messages/). */
export type SummaryKey =
  | 'countriesCount' | 'partnersAndEu' | 'partnersEuOnly' | 'summaryToday' | 'summaryOn' | 'summaryNone' | 'summaryHas'
  | 'summaryThroughEu' | 'whenToday' | 'captionPartners' | 'captionNone';

/** Who has an agreement: "68 countries and the European Union". */
export function partnersPhrase(agreements: readonly Agreement[], l: Localizer<SummaryKey>): string {
  const union = agreements.some((a) => a.partner.type === 'union');
  const states = agreements.filter((a) => a.partner.type !== 'union').length;
  const countries = l.text('countriesCount', { count: states });
  if (!union) return countries;
  return states ? l.text('partnersAndEu', { countries }) : l.text('partnersEuOnly');
}

/** The summary line above the map: the partners of the date, and the countries covered only through the EU. */
export function summaryLine(agreements: readonly Agreement[], euCovered: number, day: string, today: string, l: Localizer<SummaryKey>): string {
  const when = day === today ? l.text('summaryToday') : l.text('summaryOn', l.dated('day', day));
  if (agreements.length === 0) return l.text('summaryNone', { when });
  const has = l.text('summaryHas', { when, partners: partnersPhrase(agreements, l), count: agreements.length });
  return euCovered ? `${has} ${l.text('summaryThroughEu', { count: euCovered })}` : has;
}

/** The table's caption: as many rows as partners, said the same way as the summary. */
export function tableCaption(agreements: readonly Agreement[], day: string, today: string, l: Localizer<SummaryKey>): string {
  const when = day === today ? l.text('whenToday') : l.when(day);
  const n = agreements.length;
  return n
    ? l.text('captionPartners', { count: n, when, partners: partnersPhrase(agreements, l) })
    : l.text('captionNone', { when });
}
