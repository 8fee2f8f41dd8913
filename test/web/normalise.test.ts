// What the page accepts from the API: gaps become null, what cannot be placed is left out.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { normaliseAgreement, normaliseCbpCount, normaliseEuMember, normaliseMra } from '../../web/src/normalise';

describe('normalise', () => {
  it('keeps every real record exactly as it is', () => {
    for (const a of dataset.agreements) {
      expect(normaliseAgreement(a)).toEqual({ ...a, sources: a.sources.map(({ supports: _s, ...s }) => s) });
    }
    for (const m of dataset.euMembers) expect(normaliseEuMember(m)).toEqual({ ...m, sources: m.sources.map(({ supports: _s, ...s }) => s) });
    for (const m of dataset.mras) expect(normaliseMra(m)?.id).toBe(m.id);
    for (const c of dataset.cbpCounts) expect(normaliseCbpCount(c)?.count).toBe(c.count);
  });

  it('turns missing or malformed values into null and empty lists', () => {
    expect(normaliseAgreement({ id: 'ukr', partner: { name: 'Ukraine', iso3: 'UKR' }, signed: '23 May 2016', binding: 'yes', status: 'active' })).toEqual({
      id: 'ukr', partner: { name: 'Ukraine', iso2: null, iso3: 'UKR', isoNumeric: null, type: 'country' },
      signed: null, signedPlace: null, inForce: null, status: 'signed', binding: null,
      signatories: { us: [], partner: [] }, successorTo: null, supersededBy: null, sources: [], confidence: 'low', notes: null,
    });
  });

  it('leaves out what cannot be placed or linked safely', () => {
    expect(normaliseAgreement(null)).toBeNull();
    expect(normaliseAgreement({ id: 'x' })).toBeNull();
    expect(normaliseAgreement({ id: 'x', partner: { name: 'Nowhere' } })).toBeNull();
    const withBadLink = normaliseAgreement({ id: 'x', partner: { name: 'X', iso3: 'XXX' }, sources: [{ url: 'javascript:alert(1)' }, { url: 'https://ok.example' }] });
    expect(withBadLink?.sources.map((s) => s.url)).toEqual(['https://ok.example']);
  });
});
