// Choosing records and fields: the search (`q`) and the sparse fieldsets (`fields`) that the routes share,
// so that JSON and CSV answer the same rows.

import type { Partner } from '../data/types';

/** Folds case and accents, and spacing, so that "perú", "PERU" and "Peru" compare equal. */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * True if a word of the partner's name starts with `q` (`kor` finds South Korea, `united k` the United
 * Kingdom), or if `q` is the record's id or one of the partner's ISO codes. Matching at word starts keeps a
 * code such as `ua` from also finding every name with "ua" inside it (Ecuador, Paraguay).
 */
export function matchesSearch(record: { id: string; partner: Partner }, q: string): boolean {
  const key = searchKey(q);
  const { name, iso2, iso3, isoNumeric } = record.partner;
  const codes = [record.id, iso2, iso3, isoNumeric].flatMap((code) => (code ? [code.toLowerCase()] : []));
  const atWordStart = new RegExp(`(?:^|[^\\p{L}\\p{N}])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  return codes.includes(key) || atWordStart.test(searchKey(name));
}

/** The record with only the chosen top-level fields (all of them for null). */
export function pickFields<T extends object>(record: T, fields: readonly string[] | null): Partial<T> {
  if (!fields) return record;
  return Object.fromEntries(Object.entries(record).filter(([name]) => fields.includes(name))) as Partial<T>;
}
