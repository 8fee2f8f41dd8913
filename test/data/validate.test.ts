// Each rule of data/validate.ts, proved with a broken copy of a sound record: the message names the record
// and the field.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import type { Agreement, ChangeEntry, Dataset } from '../../data/types';
import { countryCodes, schemaErrors, validateDataset } from '../../data/validate';
import { agreementSchema } from '../../data/schema';

const ukraine = dataset.agreements.find((a) => a.id === 'ukr')!;

/** The real dataset with one agreement changed (or added, when `id` is new). */
function withAgreement(change: (a: Agreement) => Agreement, base: Agreement = ukraine): Dataset {
  const changed = change(structuredClone(base));
  const replaced = dataset.agreements.some((a) => a.id === changed.id && a.id === base.id);
  return {
    ...dataset,
    agreements: replaced ? dataset.agreements.map((a) => (a.id === base.id ? changed : a)) : [...dataset.agreements, changed],
  };
}
const errorsOf = (d: Dataset) => validateDataset(d, countryCodes);

describe('validateDataset', () => {
  it.each<[string, (a: Agreement) => Agreement, RegExp]>([
    ['a record without a source', (a) => ({ ...a, sources: [] }), /agreement "ukr"\.sources: needs at least 1 item/],
    ['a source without a URL', (a) => ({ ...a, sources: [{ ...a.sources[0], url: 'cbp.gov' }] }), /agreement "ukr"\.sources\[0\]\.url: "cbp\.gov" does not match/],
    ['a malformed date', (a) => ({ ...a, signed: '23/05/2016' }), /agreement "ukr"\.signed: "23\/05\/2016" does not match/],
    ['an impossible date', (a) => ({ ...a, signed: '2016-02-30' }), /agreement "ukr"\.signed: "2016-02-30" is not a real date/],
    ['a month 13', (a) => ({ ...a, inForce: '2016-13' }), /agreement "ukr"\.inForce: "2016-13" is not a real date/],
    ['entry into force before signing', (a) => ({ ...a, inForce: '2016-05-01' }), /agreement "ukr"\.inForce: 2016-05-01 is before the signing date 2016-05-23/],
    ['a date after the data was checked', (a) => ({ ...a, signed: '2999-01-01', inForce: null, status: 'signed' }), /agreement "ukr"\.signed: 2999-01-01 is after the data was last checked/],
    ['an unknown country code', (a) => ({ ...a, partner: { ...a.partner, iso2: 'QQ' } }), /agreement "ukr"\.partner\.iso2: "QQ" is not an ISO 3166-1 code/],
    ['a mismatched alpha-3', (a) => ({ ...a, partner: { ...a.partner, iso3: 'RUS' } }), /agreement "ukr"\.partner\.iso3: "RUS" does not match iso2 UA \(UKR\)/],
    ['a mismatched numeric code', (a) => ({ ...a, partner: { ...a.partner, isoNumeric: '643' } }), /agreement "ukr"\.partner\.isoNumeric: "643" does not match iso2 UA \(804\)/],
    ['an id that is not the partner\'s code', (a) => ({ ...a, id: 'usa' }), /agreement "usa"\.id: should be "ukr"/],
    ['an id that is not URL-safe', (a) => ({ ...a, id: 'Ukraine 2016' }), /agreement "Ukraine 2016"\.id: "Ukraine 2016" does not match/],
    ['a lineage link to a missing record', (a) => ({ ...a, successorTo: 'su-1989' }), /agreement "ukr"\.successorTo: "su-1989" is not the id of any agreement/],
    ['supersededBy without the superseded status', (a) => ({ ...a, supersededBy: 'su-1990' }), /agreement "ukr"\.status: is "in-force" but supersededBy is "su-1990"/],
    ['an unknown status', (a) => ({ ...a, status: 'active' as Agreement['status'] }), /agreement "ukr"\.status: "active" is not one of in-force, signed, superseded/],
    ['an unknown field', (a) => ({ ...a, signedOn: '2016-05-23' }) as Agreement, /agreement "ukr"\.signedOn: is not a known field/],
    ['a missing field', (a) => { const { notes: _, ...rest } = a; return rest as Agreement; }, /agreement "ukr"\.notes: is missing/],
  ])('refuses %s', (_, change, message) => {
    const errors = errorsOf(withAgreement(change));
    expect(errors.some((e) => message.test(e)), errors.join('\n')).toBe(true);
  });

  it('refuses a duplicate id', () => {
    const errors = errorsOf({ ...dataset, agreements: [...dataset.agreements, structuredClone(ukraine)] });
    expect(errors).toContain('agreement "ukr".id: is used by more than one agreement');
  });

  it('refuses two current agreements with one partner', () => {
    const errors = errorsOf(withAgreement((a) => ({ ...a, id: 'ukr-2020', successorTo: null })));
    expect(errors.some((e) => /is also a current agreement of Ukraine/.test(e))).toBe(true);
  });

  it('refuses an EU member that left before it joined, and an unknown member code', () => {
    const [first] = dataset.euMembers;
    const errors = errorsOf({
      ...dataset,
      euMembers: [{ ...first, left: '1950-01-01', coveredUntil: '1950-01-01' }, { ...first, iso3: 'QQQ' }],
    });
    expect(errors).toContain(`euMember "${first.iso3}".left: 1950-01-01 is before joined ${first.joined}`);
    expect(errors).toContain('euMember "QQQ".iso3: "QQQ" is not an ISO 3166-1 code');
  });

  it('refuses a CBP count that names a missing agreement', () => {
    const [first] = dataset.cbpCounts;
    const errors = errorsOf({ ...dataset, cbpCounts: [{ ...first, agreements: ['atlantis'] }] });
    expect(errors.some((e) => /cbpCount #1 .*\.agreements: "atlantis" is not the id of any agreement/.test(e))).toBe(true);
  });

  it('refuses a lead for a partner that has a recorded agreement', () => {
    const [lead] = dataset.unconfirmed;
    const errors = errorsOf({ ...dataset, unconfirmed: [{ ...lead, partner: ukraine.partner }] });
    expect(errors).toContain('unconfirmed "Ukraine".partner: has a recorded agreement; it is not a lead');
  });

  it('accepts the dataset as it is', () => {
    expect(errorsOf(dataset)).toEqual([]);
  });
});

describe('validateDataset: the changelog', () => {
  const [first] = dataset.changelog;
  const correction: ChangeEntry = {
    ...first,
    id: `${dataset.meta.updated}-ukraine-place`,
    change: 'corrected',
    title: 'Ukraine: place of signature',
    summary: 'A correction.',
    agreements: ['ukr'],
    mras: [],
    fields: ['signedPlace'],
  };
  const withEntries = (...entries: ChangeEntry[]): Dataset => ({ ...dataset, changelog: entries });

  it.each<[string, ChangeEntry[], string | RegExp]>([
    ['an entry without a summary', [{ ...first, summary: '' }], 'changelog entry "2026-11-27-first-publication".summary: must not be empty'],
    ['an unknown kind of change', [{ ...first, change: 'edited' as ChangeEntry['change'] }], /\.change: "edited" is not one of added, corrected, removed/],
    ['an id that does not start with its date', [first, { ...correction, id: '2020-01-01-ukraine' }], 'changelog entry "2020-01-01-ukraine".id: should start with its date, 2026-11-27'],
    ['a version of another day', [first, { ...correction, version: '2026.11.26' }], /\.version: 2026\.11\.26 is not a version of 2026-11-27/],
    ['a correction without fields', [first, { ...correction, fields: [] }], /\.fields: a correction names the fields it corrected/],
    ['a field that does not exist', [first, { ...correction, fields: ['signedIn'] }], /"2026-11-27-ukraine-place"\.fields: "signedIn" is not a field of agreements/],
    ['an id that is not in the data', [first, { ...correction, agreements: ['zzz'] }], /\.agreements: "zzz" is not in the data/],
    ['a record that no entry names', [{ ...first, agreements: first.agreements.filter((id) => id !== 'ukr') }], 'changelog: no entry names agreements "ukr"; add the entry that added it'],
    ['an entry that is not the current version', [{ ...first, version: '2026.11.27.1' }], /changelog: the newest entry should carry meta\.version 2026\.11\.27/],
    ['entries out of order', [first, { ...correction, id: '2026-11-26-ukraine-place', date: '2026-11-26', version: '2026.11.26' }], /"2026-11-26-ukraine-place"\.date: entries go oldest first/],
    ['a duplicate entry id', [first, { ...correction, id: first.id }], /\.id: is used by more than one entry/],
  ])('refuses %s', (_, entries, message) => {
    const errors = errorsOf(withEntries(...entries));
    expect(errors.some((e) => (typeof message === 'string' ? e === message : message.test(e))), errors.join('\n')).toBe(true);
  });

  it('accepts a correction after the first publication', () => {
    expect(errorsOf(withEntries(first, correction))).toEqual([]);
  });
});

describe('schemaErrors', () => {
  it('reports the wrong type with the path', () => {
    expect(schemaErrors({ ...ukraine, binding: 'yes' }, agreementSchema, 'x')).toEqual(['x.binding: expected boolean or null, got "yes"']);
  });
});
