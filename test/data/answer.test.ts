// The answer in words, which the details panel, the served HTML, the meta description and the preview image
// share: on the real dataset, for each kind of coverage and for a date before an agreement, in English and in
// the other languages.
import { describe, expect, it } from 'vitest';
import { answerHtml, answerSentence, countryCoverage, pageTitle } from '../../data/answer';
import { Network } from '../../data/as-of';
import { Localizer } from '../../data/i18n';
import { dataset } from '../../data/index';
import ar from '../../web/src/messages/ar';
import en from '../../web/src/messages/en';
import es from '../../web/src/messages/es';
import fr from '../../web/src/messages/fr';
import uk from '../../web/src/messages/uk';

const english = new Localizer('en', en);
const network = new Network(dataset.agreements, dataset.euMembers, dataset.meta.checked);
const today = '2026-11-30';
const answer = (iso3: string, name: string, day = today, l = english) =>
  answerSentence(countryCoverage(network, iso3, name, day), { day, today, checked: dataset.meta.checked }, l);

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
    const html = answerHtml(c, { day: today, today, checked: dataset.meta.checked }, english);
    expect(html).toMatch(/^<h2 id="details-title" data-country="ATA">&#60;b&#62;Nowhere&#60;\/b&#62;<\/h2><p class="verdict verdict-none">No customs/);
    expect(html).not.toContain('<b>');
  });

  it('marks the place of signature, the record\'s English, within another language', () => {
    const html = (iso3: string, l: Localizer) =>
      answerHtml(countryCoverage(network, iso3, l.country({ iso2: iso3 === 'UKR' ? 'UA' : 'CL', name: iso3 }), today), { day: today, today, checked: dataset.meta.checked }, l);
    expect(html('UKR', new Localizer('es', es))).toContain(' en <span lang="en">Kyiv</span>, ');
    expect(html('UKR', english)).not.toContain('<span');
    // A place that ends with a full stop ends the sentence with it.
    const chile = html('CHL', new Localizer('fr', fr));
    expect(chile).toContain('<span lang="en">Washington, D.C.</span>');
    expect(chile).not.toContain('..');
  });
});

describe('pageTitle', () => {
  it('title a country, the atlas, and a date', () => {
    expect(pageTitle(countryCoverage(network, 'UKR', 'Ukraine', today), today, today, english)).toBe('Ukraine: customs mutual assistance agreement with the U.S. — CMAA Atlas');
    expect(pageTitle(countryCoverage(network, 'ATA', 'Antarctica', '2010-01-01'), '2010-01-01', today, english)).toBe('Antarctica: no customs mutual assistance agreement with the U.S. on 1 January 2010 — CMAA Atlas');
    expect(pageTitle(null, today, today, english)).toBe('CMAA Atlas — the U.S. Customs Mutual Assistance Agreements, sourced');
  });
});

describe('the answer in other languages', () => {
  it('says the same facts in each, with its own dates and the term its customs administrations use', () => {
    expect(answer('UKR', 'Ucrania', today, new Localizer('es', es))).toBe(
      'Ucrania: acuerdo de asistencia mutua aduanera con los Estados Unidos, firmado el 23 de mayo de 2016 en Kyiv, en vigor desde el 13 de diciembre de 2016.',
    );
    expect(answer('UKR', 'Ukraine', '2010-01-01', new Localizer('fr', fr))).toMatch(
      /^Ukraine, au 1er janvier 2010\u00a0: couverture par l’accord États-Unis–Union des républiques socialistes soviétiques de 1990 \(signé le 2 juin 1990/,
    );
    expect(answer('UKR', 'Україна', today, new Localizer('uk', uk))).toBe(
      'Україна: угода про взаємну допомогу в митних справах зі США, підписана 23 травня 2016\u202fр., місце підписання: Kyiv; чинна з 13 грудня 2016\u202fр.',
    );
    expect(answer('DEU', 'ألمانيا', today, new Localizer('ar', ar))).toBe(
      'تسري على ألمانيا اتفاقية الاتحاد الأوروبي مع الولايات المتحدة، بحكم العضوية في الاتحاد الأوروبي منذ 1 يناير 1958.',
    );
  });

  it('titles a page in the language', () => {
    expect(pageTitle(countryCoverage(network, 'UKR', 'Україна', today), today, today, new Localizer('uk', uk)))
      .toBe('Україна: угода про взаємну допомогу в митних справах зі США — CMAA Atlas');
    expect(pageTitle(null, '2010-01-01', today, new Localizer('es', es))).toBe('Los acuerdos de asistencia mutua aduanera de EE. UU. el 1 de enero de 2010 — CMAA Atlas');
  });
});
