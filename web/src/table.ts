// The table twin of the map: one row per partner whose agreement was in the network on the shown date,
// sortable by name and dates (pure functions; main.ts renders them).

import { partnerKey } from '../../data/as-of';
import type { Agreement } from '../../data/types';
import type { Atlas } from './atlas';
import { escapeHtml as esc } from './format';
import type { MessageKey, PageLocalizer } from './i18n';

export type SortKey = 'name' | 'signed' | 'inForce';
export interface Sort { key: SortKey; ascending: boolean }

export interface PartnerRow {
  key: string;
  name: string;
  agreement: Agreement;
}

/** The partners of a day, named in the page's language. */
export function partnerRows(atlas: Atlas, day: string, l: PageLocalizer): PartnerRow[] {
  return atlas.network.agreementsOn(day).map((a) => ({ key: partnerKey(a.partner), name: l.country(a.partner), agreement: a }));
}

/** Sorted rows, names in the order of `compareNames` (the page's language); unknown dates always last. */
export function sortRows(rows: readonly PartnerRow[], { key, ascending }: Sort, compareNames: (a: string, b: string) => number): PartnerRow[] {
  const direction = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key !== 'name') {
      const x = a.agreement[key];
      const y = b.agreement[key];
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        // ISO dates order as strings.
        return direction * (x < y ? -1 : 1);
      }
      return compareNames(a.name, b.name);
    }
    return direction * compareNames(a.name, b.name);
  });
}

const statusText: Record<Agreement['status'], MessageKey> = { 'in-force': 'tableInForce', signed: 'tableSigned', superseded: 'tableSuperseded' };
export const confidenceText: Record<Agreement['confidence'], MessageKey> = { high: 'confidenceHigh', medium: 'confidenceMedium', low: 'confidenceLow' };

export function rowsHtml(rows: readonly PartnerRow[], selected: string | null, l: PageLocalizer): string {
  return rows
    .map(({ key, name, agreement: a }) => {
      const current = key === selected ? ' aria-selected="true"' : '';
      return `<tr data-iso3="${esc(key)}"${current}>` +
        `<th scope="row"><button type="button" class="row-select" data-select="${esc(key)}">${esc(name)}</button></th>` +
        `<td>${esc(l.date(a.signed))}</td><td>${esc(l.date(a.inForce))}</td>` +
        `<td>${esc(l.text(statusText[a.status]))}</td><td>${esc(l.text(confidenceText[a.confidence]))}</td></tr>`;
    })
    .join('');
}
