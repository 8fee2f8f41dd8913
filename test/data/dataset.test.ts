// The dataset in data/ as it stands: valid, sourced, and holding the seed fact exactly.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { countryCodes, validateDataset } from '../../data/validate';

describe('data/', () => {
  it('passes every rule', () => {
    expect(validateDataset(dataset, countryCodes)).toEqual([]);
  });

  it('holds Ukraine exactly as the seed fact says', () => {
    const ukraine = dataset.agreements.find((a) => a.id === 'ukr')!;
    expect(ukraine.partner).toEqual({ name: 'Ukraine', iso2: 'UA', iso3: 'UKR', isoNumeric: '804', type: 'country' });
    expect(ukraine.signed).toBe('2016-05-23');
    expect(ukraine.signedPlace).toBe('Kyiv');
    expect(ukraine.signatories.us).toEqual([{ name: 'R. Gil Kerlikowske', title: expect.stringContaining('Commissioner') }]);
    expect(ukraine.signatories.partner).toEqual([{ name: 'Roman Nasirov', title: expect.stringContaining('State Fiscal Service') }]);
    expect(ukraine.successorTo).toBe('su-1990');
    expect(dataset.cbpCounts.some((c) => c.count === 77 && c.agreements.includes('ukr'))).toBe(true);
  });

  it('holds the European Union agreement and its member states', () => {
    expect(dataset.agreements.find((a) => a.id === 'eu')?.partner.type).toBe('union');
    const uk = dataset.euMembers.find((m) => m.iso3 === 'GBR');
    expect(uk).toMatchObject({ left: '2020-01-31', coveredUntil: '2020-12-31' });
    expect(dataset.euMembers.length).toBeGreaterThanOrEqual(28);
  });
});
