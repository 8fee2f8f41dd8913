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
    ["a source title's language that is no language code", (a) => ({ ...a, sources: [{ ...a.sources[0], lang: 'Ukrainian' }] }), /agreement "ukr"\.sources\[0\]\.lang: "Ukrainian" does not match/],
    ["a source title's language said to be English, the default", (a) => ({ ...a, sources: [{ ...a.sources[0], lang: 'en' }] }), /agreement "ukr"\.sources\[0\]\.lang: "en" is the default; leave it out/],
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

/** The real dataset with one table's first matching row changed. */
function withRow<K extends 'euMembers' | 'mras' | 'cbpCounts' | 'unconfirmed'>(
  table: K, change: (row: Dataset[K][number]) => Dataset[K][number], which = 0,
): Dataset {
  return { ...dataset, [table]: dataset[table].map((row, i) => (i === which ? change(structuredClone(row)) : row)) };
}
const agreementById = (id: string) => dataset.agreements.find((a) => a.id === id)!;
const gbr = dataset.euMembers.findIndex((m) => m.iso3 === 'GBR');
const datedSource = (date: string) => (s: Agreement['sources'][number]) => ({ ...s, date });

describe('validateDataset: the rules of each table, one broken copy each', () => {
  it.each<[string, Dataset, string | RegExp]>([
    ['EU codes other than EU/null/null', withAgreement((a) => ({ ...a, partner: { ...a.partner, iso3: 'EUR' } }), agreementById('eu')), 'agreement "eu".partner: the European Union has iso2 "EU" and null iso3 and isoNumeric'],
    ['a former state that is not one', withAgreement((a) => ({ ...a, partner: { ...a.partner, iso2: 'DD' } }), agreementById('su-1990')), /agreement "su-1990"\.partner\.iso2: "DD" is not a known former state \(SU, CS, YU\)/],
    ["a former state's codes mismatched", withAgreement((a) => ({ ...a, partner: { ...a.partner, iso3: 'RUS' } }), agreementById('su-1990')), 'agreement "su-1990".partner: SU has iso3 SUN and isoNumeric 810'],
    ['a former state without the day it dissolved', withAgreement((a) => { delete a.partner.dissolved; return a; }, agreementById('su-1990')), 'agreement "su-1990".partner.dissolved: a former state, and only a former state, has the date it ceased to exist'],
    ['a country with a dissolution date', withAgreement((a) => ({ ...a, partner: { ...a.partner, dissolved: '1991-12-26' } })), 'agreement "ukr".partner.dissolved: a former state, and only a former state, has the date it ceased to exist'],
    ['a state dissolved before the signing', withAgreement((a) => ({ ...a, partner: { ...a.partner, dissolved: '1989-12-31' } }), agreementById('su-1990')), 'agreement "su-1990".partner.dissolved: 1989-12-31 is before the signing date 1990-06-02'],
    ['an impossible dissolution date', withAgreement((a) => ({ ...a, partner: { ...a.partner, dissolved: '1991-02-30' } }), agreementById('su-1990')), /agreement "su-1990"\.partner\.dissolved: "1991-02-30" is not a real date/],
    ['an impossible source date', withAgreement((a) => ({ ...a, sources: a.sources.map(datedSource('2016-02-30')) })), /agreement "ukr"\.sources\[0\]\.date: "2016-02-30" is not a real date/],
    ['a source dated after the check', withAgreement((a) => ({ ...a, sources: a.sources.map(datedSource('2999-01-01')) })), /agreement "ukr"\.sources\[0\]\.date: 2999-01-01 is after the data was last checked/],
    ['a source supporting a field that is null', withAgreement((a) => ({ ...a, inForce: null, status: 'signed', sources: a.sources.map((s, i) => (i === 0 ? { ...s, supports: ['inForce'] } : s)) })), 'agreement "ukr".sources[0].supports: "inForce" is null in the record; a source cannot support a value that is not known'],
    ['a source supporting signatories none of which is known', withAgreement((a) => ({ ...a, signatories: { us: [], partner: [] }, sources: a.sources.map((s, i) => (i === 0 ? { ...s, supports: ['signatories'] } : s)) })), 'agreement "ukr".sources[0].supports: "signatories" is empty in the record; a source cannot support a value that is not known'],
    ['a source supporting a field the record does not have', withAgreement((a) => ({ ...a, sources: a.sources.map((s, i) => (i === 0 ? { ...s, supports: ['signedIn'] } : s)) })), 'agreement "ukr".sources[0].supports: "signedIn" is not a field of the record'],
    ['a URL cited twice in one record', withAgreement((a) => ({ ...a, sources: [...a.sources, { ...a.sources[0], title: 'The same page again' }] })), new RegExp(`^agreement "ukr"\\.sources\\[\\d+\\]\\.url: .+ is cited already, as sources\\[0\\]; merge the two$`)],
    ['a lineage link to itself', withAgreement((a) => ({ ...a, successorTo: 'ukr' })), 'agreement "ukr".successorTo: links to itself'],
    ['a superseded agreement naming no replacement', withAgreement((a) => ({ ...a, status: 'superseded' })), 'agreement "ukr".supersededBy: a superseded agreement must name the agreement that replaced it'],
    ['status signed with an entry into force', withAgreement((a) => ({ ...a, status: 'signed' })), 'agreement "ukr".status: is "signed" but inForce is 2016-12-13; it should be "in-force"'],
    ['a replacement that does not name what it replaced', withAgreement((a) => ({ ...a, successorTo: null }), agreementById('pry')), 'agreement "pry-2002".supersededBy: "pry" does not name "pry-2002" in its successorTo'],
    ['an EU member of the wrong shape', withRow('euMembers', (m) => ({ ...m, joined: 1958 }) as unknown as typeof m), 'euMember "BEL".joined: expected string, got 1958'],
    ['an EU member listed twice', { ...dataset, euMembers: [...dataset.euMembers, dataset.euMembers[0]] }, 'euMember "BEL".iso3: is listed more than once'],
    ['an impossible accession date', withRow('euMembers', (m) => ({ ...m, joined: '1958-02-30' })), /euMember "BEL"\.joined: "1958-02-30" is not a real date/],
    ['coveredUntil for a member that never left', withRow('euMembers', (m) => ({ ...m, coveredUntil: '2020-12-31' })), 'euMember "BEL".coveredUntil: is set only for a member that left'],
    ['coverage ending before the member left', withRow('euMembers', (m) => ({ ...m, coveredUntil: '2019-12-31' }), gbr), 'euMember "GBR".coveredUntil: 2019-12-31 is before left 2020-01-31'],
    ["an EU member's source dated after the check", withRow('euMembers', (m) => ({ ...m, sources: m.sources.map(datedSource('2999')) })), /euMember "BEL"\.sources\[0\]\.date: 2999 is after the data was last checked/],
    ['an MRA with an unknown field', withRow('mras', (m) => ({ ...m, signedOn: '2007' }) as typeof m), 'mra "nzl".signedOn: is not a known field'],
    ['an MRA id used twice', { ...dataset, mras: [...dataset.mras, dataset.mras[0]] }, 'mra "nzl".id: is used by more than one MRA'],
    ['an MRA partner with an unknown code', withRow('mras', (m) => ({ ...m, partner: { ...m.partner, iso2: 'QQ' } })), 'mra "nzl".partner.iso2: "QQ" is not an ISO 3166-1 code'],
    ['an MRA signed after the check', withRow('mras', (m) => ({ ...m, signed: '2999-01' })), /mra "nzl"\.signed: 2999-01 is after the data was last checked/],
    ["an MRA's impossible source date", withRow('mras', (m) => ({ ...m, sources: m.sources.map(datedSource('2007-13')) })), /mra "nzl"\.sources\[0\]\.date: "2007-13" is not a real date/],
    ['a CBP count below one', withRow('cbpCounts', (c) => ({ ...c, count: 0 })), /cbpCount #1 \(.*\)\.count: 0 is below 1/],
    ['a CBP count dated after the check', withRow('cbpCounts', (c) => ({ ...c, date: '2999-01-01' })), `cbpCount #1 (2999-01-01).date: 2999-01-01 is after the data was last checked (${dataset.meta.checked})`],
    ["a CBP count's impossible source date", withRow('cbpCounts', (c) => ({ ...c, source: { ...c.source, date: '2005-02-30' } })), /cbpCount #1 \(.*\)\.source\.date: "2005-02-30" is not a real date/],
    ['a lead without its finding', withRow('unconfirmed', (u) => { const { finding: _, ...rest } = u; return rest as typeof u; }), 'unconfirmed "Germany".finding: is missing'],
    ['a lead with mismatched codes', withRow('unconfirmed', (u) => ({ ...u, partner: { ...u.partner, iso3: 'AUT' } })), /unconfirmed "Germany"\.partner\.iso3: "AUT" does not match iso2 DE \(DEU\)/],
    ["a lead's source dated after the check", withRow('unconfirmed', (u) => ({ ...u, sources: u.sources.map(datedSource('2999-01-01')) })), /unconfirmed "Germany"\.sources\[0\]\.date: 2999-01-01 is after/],
    ['a malformed version', { ...dataset, meta: { ...dataset.meta, version: '27.11.2026' } }, /meta\.version: "27\.11\.2026" does not match/],
    ['meta without checked', { ...dataset, meta: { version: dataset.meta.version, updated: dataset.meta.updated } as Dataset['meta'] }, 'meta.checked: is missing'],
  ])('refuses %s', (_, broken, message) => {
    const errors = errorsOf(broken);
    expect(errors.some((e) => (typeof message === 'string' ? e === message : message.test(e))), errors.join('\n')).toBe(true);
  });
});

describe('validateDataset: the changelog', () => {
  const [first] = dataset.changelog;
  // A correction published with the current version, after the first publication.
  const day = dataset.meta.updated;
  const correction: ChangeEntry = {
    ...first,
    id: `${day}-ukraine-place`,
    date: day,
    version: dataset.meta.version,
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
    ['an id that does not start with its date', [first, { ...correction, id: '2020-01-01-ukraine' }], `changelog entry "2020-01-01-ukraine".id: should start with its date, ${day}`],
    ['a version of another day', [first, { ...correction, version: '2026.11.26' }], `changelog entry "${correction.id}".version: 2026.11.26 is not a version of ${day}`],
    ['a correction without fields', [first, { ...correction, fields: [] }], /\.fields: a correction names the fields it corrected/],
    ['a field that does not exist', [first, { ...correction, fields: ['signedIn'] }], `changelog entry "${correction.id}".fields: "signedIn" is not a field of agreements`],
    ['an id that is not in the data', [first, { ...correction, agreements: ['zzz'] }], /\.agreements: "zzz" is not in the data/],
    ['a record that no entry names', [{ ...first, agreements: first.agreements.filter((id) => id !== 'ukr') }], 'changelog: no entry names agreements "ukr"; add the entry that added it'],
    ['an entry that is not the current version', [{ ...first, version: '2026.11.27.1' }], `changelog: the newest entry should carry meta.version ${dataset.meta.version} of ${day}`],
    ['entries out of order', [first, correction, { ...correction, id: '2026-11-26-ukraine-place', date: '2026-11-26', version: '2026.11.26' }], /"2026-11-26-ukraine-place"\.date: entries go oldest first/],
    ['a duplicate entry id', [first, { ...correction, id: first.id }], /\.id: is used by more than one entry/],
    ['an entry dated after the check', [first, { ...correction, id: '2999-01-01-ukraine-place', date: '2999-01-01', version: '2999.01.01' }], /"2999-01-01-ukraine-place"\.date: 2999-01-01 is after the data was last checked/],
    ['an entry naming no record', [first, { ...correction, agreements: [] }], `changelog entry "${correction.id}".agreements: an entry names at least one agreement or MRA`],
    ['fields on an addition', [{ ...first, fields: ['signed'] }], /"2026-11-27-first-publication"\.fields: a correction names the fields it corrected, and only a correction does/],
    ['a removal of a record still in the data', [first, { ...correction, change: 'removed', fields: [] }], `changelog entry "${correction.id}".agreements: "ukr" is still in the data`],
    ['a report id that is not one', [first, { ...correction, reports: ['7K2M9Q4XPR'] }], `changelog entry "${correction.id}".reports[0]: "7K2M9Q4XPR" does not match ^[0-9a-z]{10}$`],
    ['a report applied twice', [first, { ...correction, reports: ['7k2m9q4xpr'] }, { ...correction, id: `${day}-again`, reports: ['7k2m9q4xpr'] }], `changelog entry "${day}-again".reports: report "7k2m9q4xpr" is already applied by "${correction.id}"`],
  ])('refuses %s', (_, entries, message) => {
    const errors = errorsOf(withEntries(...entries));
    expect(errors.some((e) => (typeof message === 'string' ? e === message : message.test(e))), errors.join('\n')).toBe(true);
  });

  it('accepts a correction after the first publication, with the reports it applies or without', () => {
    expect(errorsOf(withEntries(...dataset.changelog, correction))).toEqual([]);
    expect(errorsOf(withEntries(...dataset.changelog, { ...correction, reports: ['7k2m9q4xpr'] }))).toEqual([]);
  });
});

describe('schemaErrors', () => {
  it('reports the wrong type with the path', () => {
    expect(schemaErrors({ ...ukraine, binding: 'yes' }, agreementSchema, 'x')).toEqual(['x.binding: expected boolean or null, got "yes"']);
  });

  it('reports a string longer than maxLength', () => {
    expect(schemaErrors('abcd', { type: 'string', maxLength: 3 }, 'q')).toEqual(['q: is longer than 3 characters']);
  });

  it('reads only own properties: __proto__ or constructor in the data are unknown fields, not Object.prototype', () => {
    const schema = { type: 'object', required: ['a'], additionalProperties: false, properties: { a: { type: 'string' } } };
    const hostile = JSON.parse('{"a": "x", "__proto__": {"b": 1}, "constructor": 2}');
    expect(schemaErrors(hostile, schema, 'x')).toEqual(['x.__proto__: is not a known field', 'x.constructor: is not a known field']);
    expect(schemaErrors(Object.create({ a: 'inherited' }), schema, 'x')).toEqual(['x.a: is missing']);
  });
});
