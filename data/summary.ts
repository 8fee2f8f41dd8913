// The sentences that count the network on a date, worded so that a reader can check them against the table:
// the page's summary line and table caption, and the summary the Worker writes into the pages it serves.

import { formatDate } from './dates';
import type { Agreement } from './types';

const countries = (n: number) => `${n} ${n === 1 ? 'country' : 'countries'}`;

/** Who has an agreement: "68 countries and the European Union". */
export function partnersPhrase(agreements: readonly Agreement[]): string {
  const union = agreements.some((a) => a.partner.type === 'union');
  const states = agreements.filter((a) => a.partner.type !== 'union').length;
  if (!union) return countries(states);
  return states ? `${countries(states)} and the European Union` : 'the European Union';
}

/** The summary line above the map: the partners of the date, and the countries covered only through the EU. */
export function summaryLine(agreements: readonly Agreement[], euCovered: number, day: string, today: string): string {
  const when = day === today ? 'Today' : `On ${formatDate(day)}`;
  if (agreements.length === 0) return `${when}: no customs mutual assistance agreement with the United States.`;
  const verb = agreements.length === 1 ? 'has' : 'have';
  const through = euCovered ? `, and ${euCovered} more ${euCovered === 1 ? 'country is' : 'countries are'} covered through the EU's` : '';
  return `${when}: ${partnersPhrase(agreements)} ${verb} a customs mutual assistance agreement with the United States${through}.`;
}

/** The table's caption: as many rows as partners, said the same way as the summary. */
export function tableCaption(agreements: readonly Agreement[], day: string, today: string): string {
  const when = day === today ? 'today' : `on ${formatDate(day)}`;
  const n = agreements.length;
  const partners = `${n} ${n === 1 ? 'partner' : 'partners'} with an agreement ${when}`;
  return `${n ? `${partners}: ${partnersPhrase(agreements)}` : partners}. Choose a partner to see its details.`;
}
