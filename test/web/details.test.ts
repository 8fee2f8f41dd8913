// The details panel's HTML, built from the real dataset and from records with gaps and hostile text.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import type { Agreement } from '../../data/types';
import { Atlas } from '../../web/src/atlas';
import { agreementHtml, detailsHtml, lineageText } from '../../web/src/details';
import { english } from '../../web/src/i18n';

const atlas = new Atlas({ ...dataset });
atlas.mras = dataset.mras;
const origin = 'https://atlas.example';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))).replace(/\s+/g, ' ');

describe('detailsHtml', () => {
  it('shows Ukraine: dates, place, signatories, status, lineage and sources', () => {
    const html = detailsHtml(atlas.coverage('UKR', 'Ukraine', '2026-11-27'), atlas, { day: '2026-11-27', today: '2026-11-27', origin }, english);
    const t = text(html);
    expect(t).toContain('Ukraine has a Customs Mutual Assistance Agreement with the United States, signed 23 May 2016 in Kyiv, in force since 13 December 2016.');
    expect(t).toContain('23 May 2016');
    expect(t).toContain('Kyiv');
    expect(t).toContain('R. Gil Kerlikowske');
    expect(t).toContain('Roman Nasirov');
    expect(t).toContain('Succeeds the 1990 U.S.–');
    expect(html).toContain('href="https://www.cbp.gov/newsroom/national-media-release/united-states-signs-customs-mutual-assistance-agreement-ukraine"');
  });

  it('shows Ukraine in 2010 as covered by the USSR agreement it succeeded to, which ended with the USSR', () => {
    const t = text(detailsHtml(atlas.coverage('UKR', 'Ukraine', '2010-01-01'), atlas, { day: '2010-01-01', today: '2026-11-27', origin }, english));
    expect(t).toMatch(/On 1 January 2010, Ukraine was covered by the 1990 U\.S\.–.+ agreement \(signed 2 June 1990.*\), which it succeeded to/);
    expect(t).toContain('Union of Soviet Socialist Republics ceased to exist 26 December 1991');
  });

  it("shows a successor's earlier agreement in its details, with the link to that record", () => {
    const html = detailsHtml(atlas.coverage('UKR', 'Ukraine', '2026-11-27'), atlas, { day: '2026-11-27', today: '2026-11-27', origin }, english);
    expect(text(html)).toMatch(/Earlier agreements The 1990 U\.S\.–Union of Soviet Socialist Republics agreement \(signed 2 June 1990\)\. Ended when the Union of Soviet Socialist Republics ceased to exist on 26 December 1991/);
    expect(html).toContain('href="/api/v1/agreements/su-1990"');
    const paraguay = text(detailsHtml(atlas.coverage('PRY', 'Paraguay', '2026-11-27'), atlas, { day: '2026-11-27', today: '2026-11-27', origin }, english));
    expect(paraguay).toMatch(/Earlier agreements The 2002 U\.S\.–Paraguay agreement \(signed 2002\)\. Replaced by the 2020 U\.S\.–Paraguay agreement, signed 13 July 2020\./);
  });

  it('says plainly that a country has no agreement, with the date the data was checked', () => {
    const t = text(detailsHtml(atlas.coverage('ATA', 'Antarctica', '2026-11-27'), atlas, { day: '2026-11-27', today: '2026-11-27', origin }, english));
    expect(t).toContain('No customs mutual assistance agreement with the United States is recorded for Antarctica today');
    expect(t).toMatch(/last checked on \d+ \w+ \d{4}/);
  });

  it('shows an EU member covered through the EU agreement', () => {
    const member = dataset.euMembers.find((m) => !dataset.agreements.some((a) => a.partner.iso3 === m.iso3))!;
    const t = text(detailsHtml(atlas.coverage(member.iso3, member.name, '2026-11-27'), atlas, { day: '2026-11-27', today: '2026-11-27', origin }, english));
    expect(t).toMatch(new RegExp(`${member.name} is covered through the European Union(&#39;|')s agreement with the United States, as an EU member since`));
  });

  it('says "not known" for every null value and escapes text from the data', () => {
    const bare: Agreement = {
      id: 'xx', partner: { name: 'A <b>bold</b> partner', iso2: null, iso3: null, isoNumeric: null, type: 'country' },
      signed: null, signedPlace: null, inForce: null, status: 'signed', binding: null,
      signatories: { us: [], partner: [] }, successorTo: null, supersededBy: null,
      sources: [{ url: 'https://example.org/?a="x"', title: '<script>alert(1)</script>', publisher: 'P', date: null }],
      confidence: 'low', notes: null,
    };
    const html = agreementHtml(bare, new Map(), english);
    expect(html.match(/not known/g)?.length).toBe(6);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('href="https://example.org/?a=&#34;x&#34;"');
  });
});

describe('lineageText', () => {
  it('words replacement both ways', () => {
    const byId = new Map(dataset.agreements.map((a) => [a.id, a]));
    const old = dataset.agreements.find((a) => a.supersededBy !== null)!;
    const replacement = byId.get(old.supersededBy!)!;
    expect(lineageText(old, byId, english)).toMatch(/^Replaced by the \d{4} U\.S\.–/);
    expect(lineageText(replacement, byId, english)).toMatch(/^Replaces the (\d{4} )?U\.S\.–/);
  });
});
