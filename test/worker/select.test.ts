// The search and the sparse fieldsets that JSON and CSV share.
import { describe, expect, it } from 'vitest';
import type { Partner } from '../../data/types';
import { matchesSearch, pickFields, searchKey } from '../../worker/select';

const record = (id: string, name: string, iso2: string | null, iso3: string | null, isoNumeric: string | null) => ({
  id,
  partner: { name, iso2, iso3, isoNumeric, type: 'country' } as Partner,
});
const peru = record('per', 'Perú', 'PE', 'PER', '604');
const ivoryCoast = record('civ', "Côte d’Ivoire", 'CI', 'CIV', '384');
const korea = record('kor', 'South Korea', 'KR', 'KOR', '410');

describe('searchKey', () => {
  it('folds case, accents, typographic apostrophes and spacing', () => {
    expect(searchKey('  Côte   d’IVOIRE ')).toBe("cote d'ivoire");
    expect(searchKey('PERÚ')).toBe(searchKey('peru'));
  });
});

describe('matchesSearch', () => {
  it.each([
    [peru, 'peru'], [peru, 'PERÚ'], [peru, 'pe'], [peru, '604'], [peru, 'per'],
    [ivoryCoast, "cote d'iv"], [ivoryCoast, 'ivoire'], [korea, 'kor'], [korea, 'south k'], [korea, 'kr'],
  ])('finds %o by %s', (r, q) => {
    expect(matchesSearch(r, q)).toBe(true);
  });

  it.each([
    [peru, 'eru'], [korea, 'orea'], [korea, 'ua'], [peru, '(.*)'], [peru, '60'],
  ])('does not find %o by %s', (r, q) => {
    expect(matchesSearch(r, q)).toBe(false);
  });
});

describe('pickFields', () => {
  it('keeps the chosen fields, or all of them', () => {
    expect(pickFields({ id: 'x', a: 1, b: 2 }, ['id', 'b'])).toEqual({ id: 'x', b: 2 });
    expect(pickFields({ id: 'x', a: 1 }, null)).toEqual({ id: 'x', a: 1 });
  });
});
