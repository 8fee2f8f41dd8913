// The rule for what the network was on a date, on small hand-made records and on the real dataset.
import { describe, expect, it } from 'vitest';
import { Network } from '../../data/as-of';
import { earliestDay, isPartialDate, latestDay } from '../../data/dates';
import { dataset } from '../../data/index';
import type { Agreement, EuMember } from '../../data/types';

function agreement(id: string, iso3: string | null, signed: string | null, extra: Partial<Agreement> = {}): Agreement {
  return {
    id, signed, signedPlace: null, inForce: null, status: 'signed', binding: null,
    partner: { name: id, iso2: null, iso3, isoNumeric: null, type: 'country' },
    signatories: { us: [], partner: [] }, successorTo: null, supersededBy: null,
    sources: [{ url: 'https://example.org', title: 't', publisher: 'p', date: null }], confidence: 'high', notes: null,
    ...extra,
  };
}

const ussr = agreement('su-1990', 'SUN', '1990-06-02', { partner: { name: 'USSR', iso2: 'SU', iso3: 'SUN', isoNumeric: '810', type: 'former', dissolved: '1991-12-26' } });
const ukraine = agreement('ukr', 'UKR', '2016-05-23', { successorTo: 'su-1990' });
const oldParaguay = agreement('pry-2002', 'PRY', '2002', { status: 'superseded', supersededBy: 'pry' });
const paraguay = agreement('pry', 'PRY', '2020-07-13', { successorTo: 'pry-2002' });
const undated = agreement('bol', 'BOL', null);
const eu = agreement('eu', null, '1997-05-28', { partner: { name: 'EU', iso2: 'EU', iso3: null, isoNumeric: null, type: 'union' } });
const members: EuMember[] = [
  { name: 'Poland', iso3: 'POL', joined: '2004-05-01', left: null, coveredUntil: null, sources: [] },
  { name: 'United Kingdom', iso3: 'GBR', joined: '1973-01-01', left: '2020-01-31', coveredUntil: '2020-12-31', sources: [] },
];
const reported = agreement('ven', 'VEN', null, {
  sources: [{ url: 'https://example.org', title: 't', publisher: 'p', date: '2020-07' }, { url: 'https://example.org/b', title: 't', publisher: 'p', date: null }],
});
const all = [ussr, ukraine, oldParaguay, paraguay, undated, reported, eu];
const network = new Network(all, members, '2026-11-27');
const ids = (day: string) => network.agreementsOn(day).map((a) => a.id);

describe('dates', () => {
  it('bounds partial dates by whole days', () => {
    expect(earliestDay('2005')).toBe('2005-01-01');
    expect(latestDay('2005')).toBe('2005-12-31');
    expect(latestDay('2008-02')).toBe('2008-02-29');
    expect(latestDay('2009-02')).toBe('2009-02-28');
    expect(latestDay('2016-05-23')).toBe('2016-05-23');
  });
  it('knows real dates', () => {
    expect(['2016', '2016-05', '2016-05-23', '2016-02-29'].every(isPartialDate)).toBe(true);
    expect(['2015-02-29', '2016-00', '2016-13-01', '16-05-23', '2016-5-3', ''].some(isPartialDate)).toBe(false);
  });
});

describe('Network.agreementsOn', () => {
  it('counts an agreement from the day it was signed', () => {
    expect(ids('2016-05-22')).not.toContain('ukr');
    expect(ids('2016-05-23')).toContain('ukr');
  });
  it('counts a partial date from its last possible day', () => {
    expect(ids('2002-12-30')).not.toContain('pry-2002');
    expect(ids('2002-12-31')).toContain('pry-2002');
  });
  it('counts an undated agreement from its earliest dated source, or else from the day the data was checked', () => {
    expect(network.countsFrom(reported)).toBe('2020-07-31');
    expect(ids('2020-07-30')).not.toContain('ven');
    expect(ids('2020-07-31')).toContain('ven');
    expect(network.countsFrom(undated)).toBe('2026-11-27');
    expect(ids('2026-11-26')).not.toContain('bol');
    expect(ids('2026-11-27')).toContain('bol');
  });
  it('drops a replaced agreement on the day its replacement was signed', () => {
    expect(ids('2020-07-12')).toContain('pry-2002');
    expect(ids('2020-07-13')).toEqual(['ukr', 'pry', 'eu']);
    expect(ids('2010-01-01')).toEqual(['pry-2002', 'eu']);
  });
  it("keeps a former state's agreement through the day the state dissolved, not after", () => {
    expect(ids('1991-06-01')).toContain('su-1990');
    expect(ids('1991-12-26')).toContain('su-1990');
    expect(ids('1991-12-27')).not.toContain('su-1990');
    expect(network.endsOn(ussr)).toBe('1991-12-27');
    expect(network.endsOn(oldParaguay)).toBe('2020-07-13');
    expect(network.endsOn(paraguay)).toBeNull();
  });
});

describe('Network.current and Network.endedBy', () => {
  it("is today's network: no replaced agreement, no former state's", () => {
    expect(network.current().map((a) => a.id)).toEqual(['ukr', 'pry', 'bol', 'ven', 'eu']);
  });
  it('lists the agreements that left the network, oldest first, with their successors', () => {
    expect(network.endedBy('2026-11-27').map((a) => a.id)).toEqual(['su-1990', 'pry-2002']);
    expect(network.endedBy('1991-12-27').map((a) => a.id)).toEqual(['su-1990']);
    expect(network.endedBy('1991-12-26')).toEqual([]);
    expect(network.successorsOf(ussr).map((a) => a.id)).toEqual(['ukr']);
  });
  it('finds, in the real dataset, the USSR and Czechoslovakia among the earlier agreements, not in today\'s', () => {
    const real = new Network(dataset.agreements, dataset.euMembers, dataset.meta.checked);
    const current = real.current().map((a) => a.id);
    expect(current).not.toContain('su-1990');
    expect(current).not.toContain('cs-1991');
    expect(current.every((id) => real.byId.get(id)!.partner.type !== 'former')).toBe(true);
    expect(real.endedBy(dataset.meta.checked).map((a) => a.id)).toEqual(expect.arrayContaining(['su-1990', 'cs-1991', 'pry-2002']));
    expect(real.agreementsOn('1992-12-31').map((a) => a.id)).toContain('cs-1991');
    expect(real.agreementsOn('1993-01-01').map((a) => a.id)).not.toContain('cs-1991');
    // The Czech Republic's record carries the 1991 signing, but it is a partner in its own name only from 1993,
    // and covered through Czechoslovakia's agreement until then.
    expect(real.agreementsOn('1992-12-31').map((a) => a.id)).not.toContain('cze');
    expect(real.agreementsOn('1993-01-01').map((a) => a.id)).toContain('cze');
    expect(real.ownAgreementOn('CZE', '1992-06-01')?.id).toBe('cs-1991');
  });
});

describe('Network.coverageOn', () => {
  it('covers a successor state through the former state\'s agreement until its own', () => {
    expect(network.coverageOn('UKR', '1990-06-01')).toBe('none');
    expect(network.coverageOn('UKR', '1991-01-01')).toBe('cmaa');
    // After the USSR dissolved, through the lineage of Ukraine's own record.
    expect(network.coverageOn('UKR', '2000-01-01')).toBe('cmaa');
    expect(network.ownAgreementOn('UKR', '2000-01-01')?.id).toBe('su-1990');
    expect(network.coverageOn('UKR', '2016-05-23')).toBe('cmaa');
  });
  it('covers an EU member from accession', () => {
    expect(network.coverageOn('POL', '2004-04-30')).toBe('none');
    expect(network.coverageOn('POL', '2004-05-01')).toBe('eu');
  });
  it('covers the United Kingdom through the EU until the transition period ended', () => {
    expect(network.coverageOn('GBR', '2020-12-31')).toBe('eu');
    expect(network.coverageOn('GBR', '2021-01-01')).toBe('none');
  });
  it('has no EU coverage before the EU agreement', () => {
    expect(network.coverageOn('GBR', '1997-05-27')).toBe('none');
  });
  it('shows the real United Kingdom covered by its own agreement from its signing', () => {
    const real = new Network(dataset.agreements, dataset.euMembers, dataset.meta.checked);
    expect(real.coverageOn('GBR', '2020-12-15')).toBe('eu');
    expect(real.coverageOn('GBR', '2020-12-16')).toBe('cmaa');
    expect(real.coverageOn('UKR', '2015-01-01')).toBe('cmaa');
  });
});
