// The answer in words, which the details panel, the served HTML, the meta description and the preview image
// share: on the real dataset, for each kind of coverage and for a date before an agreement.
import { describe, expect, it } from 'vitest';
import { answerHtml, answerSentence, countryCoverage, pageTitle } from '../../data/answer';
import { Network } from '../../data/as-of';
import { dataset } from '../../data/index';

const network = new Network(dataset.agreements, dataset.euMembers, dataset.meta.checked);
const today = '2026-11-30';
const answer = (iso3: string, name: string, day = today) =>
  answerSentence(countryCoverage(network, iso3, name, day), { day, today, checked: dataset.meta.checked });

describe('answerSentence', () => {
  it('names the country, the agreement and its dates', () => {
    expect(answer('UKR', 'Ukraine')).toBe('Ukraine has a Customs Mutual Assistance Agreement with the United States, signed 23 May 2016 in Kyiv, in force since 13 December 2016.');
  });

  it('speaks of the past on another date, through the agreement then in force', () => {
    expect(answer('UKR', 'Ukraine', '2010-01-01')).toMatch(/^On 1 January 2010, Ukraine was covered by the 1990 U\.S\.–Union of Soviet Socialist Republics agreement \(signed 2 June 1990[^)]*\), which it succeeded to\.$/);
  });

  it('says how an EU member is covered, and since when', () => {
    expect(answer('DEU', 'Germany')).toBe("Germany is covered through the European Union's agreement with the United States, as an EU member since 1 January 1958.");
  });

  it('says plainly that there is none, with the date the data was checked', () => {
    expect(answer('ATA', 'Antarctica')).toBe('No customs mutual assistance agreement with the United States is recorded for Antarctica today; the data was last checked on 30 November 2026.');
    expect(answer('VNM', 'Viet Nam', '2000-01-01')).toMatch(/ is recorded for .+ on 1 January 2000; /);
  });

  it('says "signing date not known" where it is', () => {
    const undated = dataset.agreements.find((a) => a.signed === null && a.partner.iso3 && a.status !== 'superseded')!;
    expect(answer(undated.partner.iso3!, undated.partner.name)).toContain('signing date not known');
  });
});

describe('answerHtml', () => {
  it('is the heading and the verdict, escaped', () => {
    const c = { ...countryCoverage(network, 'ATA', 'Antarctica', today), name: '<b>Nowhere</b>' };
    const html = answerHtml(c, { day: today, today, checked: dataset.meta.checked });
    expect(html).toMatch(/^<h2 id="details-title" data-country="ATA">&#60;b&#62;Nowhere&#60;\/b&#62;<\/h2><p class="verdict verdict-none">No customs/);
    expect(html).not.toContain('<b>');
  });
});

describe('pageTitle', () => {
  it('title a country, the atlas, and a date', () => {
    expect(pageTitle(countryCoverage(network, 'UKR', 'Ukraine', today), today, today)).toBe('Ukraine: customs mutual assistance agreement with the U.S. — CMAA Atlas');
    expect(pageTitle(countryCoverage(network, 'ATA', 'Antarctica', '2010-01-01'), '2010-01-01', today)).toBe('Antarctica: no customs mutual assistance agreement with the U.S. on 1 January 2010 — CMAA Atlas');
    expect(pageTitle(null, today, today)).toBe('CMAA Atlas — the U.S. Customs Mutual Assistance Agreements, sourced');
  });
});
