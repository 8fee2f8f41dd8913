// The pure logic behind the page's controls: search, timeline, table, keyboard moves, downloads, citation.
import { describe, expect, it } from 'vitest';
import { Network } from '../../data/as-of';
import { dataset } from '../../data/index';
import { Atlas } from '../../web/src/atlas';
import { citationText } from '../../web/src/details';
import { csvField } from '../../data/csv';
import { coverageCsv, coverageRows } from '../../web/src/downloads';
import { nearestInDirection, type Place } from '../../web/src/map/keyboard';
import { normalise, SearchIndex } from '../../web/src/search';
import { partnerRows, rowsHtml, sortRows } from '../../web/src/table';
import { addMonths, changeDays, dayFromNumber, dayNumber, nextFrame, timelineRange } from '../../web/src/timeline';
import { english } from '../../web/src/i18n';

const atlas = new Atlas({ ...dataset });

describe('search', () => {
  const index = new SearchIndex([
    { key: 'UKR', name: 'Ukraine', iso2: 'UA', alt: [] },
    { key: 'GBR', name: 'United Kingdom', iso2: 'GB', alt: ['Great Britain', 'UK'] },
    { key: 'CIV', name: "Côte d'Ivoire", iso2: 'CI', alt: ['Ivory Coast'] },
    { key: 'EU', name: 'European Union', iso2: null, alt: [] },
  ]);
  it('ignores case and accents', () => {
    expect(normalise("  Côte d'IVOIRE ")).toBe('cote d ivoire');
    expect(index.resolve('cote d’ivoire')).toBe('CIV');
  });
  it('resolves names, other names and codes', () => {
    expect(index.resolve('ua')).toBe('UKR');
    expect(index.resolve('UKR')).toBe('UKR');
    expect(index.resolve('great britain')).toBe('GBR');
    expect(index.resolve('eu')).toBe('EU');
    expect(index.resolve('atlantis')).toBeNull();
  });
  it('suggests prefixes first, one suggestion per country', () => {
    expect(index.suggest('u').map((s) => s.key)).toEqual(['UKR', 'GBR', 'EU']);
    expect(index.suggest('ivory')).toEqual([{ key: 'CIV', label: 'Ivory Coast', hint: "Côte d'Ivoire" }]);
    expect(index.suggest('kingdom').map((s) => s.key)).toEqual(['GBR']);
    expect(index.suggest('')).toEqual([]);
  });
});

describe('timeline', () => {
  it('counts days in UTC', () => {
    expect(dayFromNumber(dayNumber('2016-05-23'))).toBe('2016-05-23');
    expect(dayNumber('2016-05-24') - dayNumber('2016-05-23')).toBe(1);
  });
  it('steps by months, clamped to the month and to the last day', () => {
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(addMonths('2016-11-30', 3)).toBe('2017-02-28');
    expect(nextFrame('2026-10-01', '2026-11-27', 3)).toBe('2026-11-27');
  });
  it('spans from the first agreement to today, with a tick for every change', () => {
    const network = new Network(dataset.agreements, dataset.euMembers, dataset.meta.checked);
    const { first, last } = timelineRange(network, '2026-11-27');
    expect(first).toBe([...dataset.agreements].map((a) => network.countsFrom(a)).sort()[0]);
    expect(last).toBe('2026-11-27');
    const days = changeDays(network);
    expect(days).toContain('2016-05-23');
    expect(days).toContain('2013-07-01');
    // The days after the USSR and Czechoslovakia ceased to exist, when their agreements left the network.
    expect(days).toContain('1991-12-27');
    expect(days).toContain('1993-01-01');
    expect(days).toEqual([...days].sort());
  });
});

describe('table', () => {
  it('lists the partners of the date, sortable with unknown dates last', () => {
    const rows = partnerRows(atlas, '2026-11-27', english);
    expect(rows.map((r) => r.key)).toContain('UKR');
    expect(rows.map((r) => r.key)).toContain('EU');
    expect(partnerRows(atlas, '2010-01-01', english).map((r) => r.key)).not.toContain('VNM');
    const bySigned = sortRows(rows, { key: 'signed', ascending: true }, english.compare);
    expect(bySigned[0].agreement.signed! <= bySigned[1].agreement.signed!).toBe(true);
    expect(bySigned.at(-1)!.agreement.signed).toBeNull();
    const descending = sortRows(rows, { key: 'signed', ascending: false }, english.compare);
    expect(descending.at(-1)!.agreement.signed).toBeNull();
    expect(sortRows(rows, { key: 'name', ascending: false }, english.compare)[0].name >= sortRows(rows, { key: 'name', ascending: true }, english.compare)[0].name).toBe(true);
  });
  it('renders a row per partner with the selected one marked', () => {
    const html = rowsHtml(partnerRows(atlas, '2026-11-27', english), 'UKR', english);
    expect(html).toContain('<tr data-iso3="UKR" aria-selected="true">');
    expect(html.match(/aria-selected/g)?.length).toBe(1);
  });
});

describe('keyboard', () => {
  const places: Place[] = [
    { key: 'C', x: 0, y: 0 }, { key: 'E', x: 10, y: 1 }, { key: 'FAR_E', x: 50, y: 0 },
    { key: 'N', x: 1, y: -10 }, { key: 'NE', x: 8, y: -9 }, { key: 'W', x: -10, y: 3 },
  ];
  const from = places[0];
  it('moves to the nearest country ahead, preferring straight on', () => {
    expect(nearestInDirection(from, places, 'right')?.key).toBe('E');
    expect(nearestInDirection(from, places, 'up')?.key).toBe('N');
    expect(nearestInDirection(from, places, 'left')?.key).toBe('W');
    expect(nearestInDirection(from, places, 'down')).toBeNull();
  });
});

describe('downloads', () => {
  it('quotes CSV fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });
  it('has a row for every country the map colours on the date', () => {
    const names = new Map([['UKR', 'Ukraine'], ['DEU', 'Germany'], ['USA', 'United States'], ['VNM', 'Vietnam']]);
    const rows = coverageRows(atlas, '2016-06-01', names);
    expect(rows.map((r) => [r.iso3, r.coverage])).toEqual([['DEU', 'eu'], ['UKR', 'cmaa']]);
    const csv = coverageCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('iso3,name,coverage,agreement,signed,inForce,agreementStatus,euMemberSince');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('citation', () => {
  it('cites the view with its URL, the API record and the access date', () => {
    const context = { day: '2010-01-01', today: '2026-11-27', origin: 'https://atlas.example' };
    const text = citationText(atlas.coverage('UKR', 'Ukraine', '2010-01-01'), atlas, context, english);
    expect(text).toMatch(/^Ukraine: covered on 1 January 2010 by the 1990 U\.S\.–.+ agreement\./);
    expect(text).toContain(`dataset version ${dataset.meta.version}`);
    expect(text).toContain('https://atlas.example/country/ukr?asOf=2010-01-01 (record: https://atlas.example/api/v1/agreements/su-1990)');
    expect(text.endsWith('Accessed 27 November 2026.')).toBe(true);
  });
});
