// The table twin of the map: one row per partner whose agreement was in the network on the shown date,
// sortable by name and dates (pure functions; main.ts renders them).

import { partnerKey } from '../../data/as-of';
import type { Agreement } from '../../data/types';
import type { Atlas } from './atlas';
import { compareNames, escapeHtml as esc, formatDate } from './format';

export type SortKey = 'name' | 'signed' | 'inForce';
export interface Sort { key: SortKey; ascending: boolean }

export interface PartnerRow {
  key: string;
  name: string;
  agreement: Agreement;
}

export function partnerRows(atlas: Atlas, day: string): PartnerRow[] {
  return atlas.network.agreementsOn(day).map((a) => ({ key: partnerKey(a.partner), name: a.partner.name, agreement: a }));
}

/** Sorted rows; unknown dates always last, then by name. */
export function sortRows(rows: readonly PartnerRow[], { key, ascending }: Sort): PartnerRow[] {
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

const statusText: Record<Agreement['status'], string> = { 'in-force': 'In force', signed: 'Signed', superseded: 'Superseded since' };

export function rowsHtml(rows: readonly PartnerRow[], selected: string | null): string {
  return rows
    .map(({ key, name, agreement: a }) => {
      const current = key === selected ? ' aria-selected="true"' : '';
      return `<tr data-iso3="${esc(key)}"${current}>` +
        `<th scope="row"><button type="button" class="row-select" data-select="${esc(key)}">${esc(name)}</button></th>` +
        `<td>${esc(formatDate(a.signed))}</td><td>${esc(formatDate(a.inForce))}</td>` +
        `<td>${esc(statusText[a.status])}</td><td>${esc(a.confidence)}</td></tr>`;
    })
    .join('');
}
