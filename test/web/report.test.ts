// The page's side of readers' reports, without a browser: the buttons in the details, what the form sends and
// says, and how the corrections log reads the API's answers.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { Atlas } from '../../web/src/atlas';
import { reportButtonsHtml } from '../../web/src/details';
import {
  draftProblems, formFieldOf, notSentMessage, problemSentence, problemsByField, reportBody, reportTarget, type ReportTarget,
} from '../../web/src/report/draft';
import { normaliseReport, reportClaim, reportDate, reportSubject } from '../../web/src/report/log';
import { agreementName } from '../../data/answer';
import { english, withLater } from '../../web/src/i18n';
import laterEnglish from '../../web/src/messages/later/en';

/** The page's English words with the report form's and the log's, as the page has them once the form is opened. */
const words = withLater(english, laterEnglish);

const atlas = new Atlas({ ...dataset });
const day = '2026-11-27';
const buttons = (iso3: string, on = day) => [...reportButtonsHtml(atlas.coverage(iso3, iso3, on), atlas, english).matchAll(/data-report="([^"]+)"(?: data-agreement="([^"]+)")?/g)].map((m) => m.slice(1).filter(Boolean).join(' '));
const ukraine = dataset.agreements.find((a) => a.id === 'ukr')!;

describe('the report buttons in the details', () => {
  it('offer a correction of a partner\'s own agreement', () => {
    expect(buttons('UKR')).toEqual(['correction ukr']);
  });
  it('offer an agreement we don\'t list where a country has none', () => {
    expect(buttons('ISL')).toEqual(['missing-agreement']);
  });
  it('offer both for an EU member covered only through the EU agreement, and for a country covered by a former state\'s', () => {
    const member = dataset.euMembers.find((m) => !dataset.agreements.some((a) => a.partner.iso3 === m.iso3))!;
    expect(buttons(member.iso3)).toEqual(['correction eu', 'missing-agreement']);
    expect(buttons('UKR', '2010-01-01')).toEqual(['correction su-1990', 'missing-agreement']);
  });
});

describe('the report form', () => {
  const correction: ReportTarget = reportTarget('correction', 'UKR', 'Ukraine', ukraine, (a) => agreementName(a, english));
  const missing: ReportTarget = reportTarget('missing-agreement', 'ISL', 'Iceland', null, (a) => agreementName(a, english));

  it('knows what a report is about', () => {
    expect(correction).toEqual({ kind: 'correction', country: 'UKR', countryName: 'Ukraine', agreement: 'ukr', agreementName: 'the 2016 U.S.–Ukraine agreement' });
    expect(missing).toEqual({ kind: 'missing-agreement', country: 'ISL', countryName: 'Iceland', agreement: null, agreementName: null });
    // The European Union has no ISO country code: its correction names the agreement alone.
    expect(reportTarget('correction', 'EU', 'European Union', atlas.euAgreement, (a) => agreementName(a, english)).country).toBeNull();
  });

  it('sends what was typed, trimmed, without empty fields, contact details apart', () => {
    expect(reportBody(correction, { field: 'signedPlace', proposed: ' Kyiv ', source: '', comment: 'See the release.', name: '', email: 'a@b.org', website: '' })).toEqual({
      kind: 'correction', country: 'UKR', agreement: 'ukr', field: 'signedPlace', proposed: 'Kyiv', comment: 'See the release.', contact: { email: 'a@b.org' },
    });
    expect(reportBody(missing, { signed: '2019', signedPlace: '', comment: 'x', website: 'bot' })).toEqual({
      kind: 'missing-agreement', country: 'ISL', signed: '2019', comment: 'x', website: 'bot',
    });
  });

  it('checks a draft with the API\'s rules, a sentence per field', () => {
    const { byField, other } = draftProblems(correction, { field: '', source: 'ftp://x', comment: ' ', email: 'nope' }, words);
    expect(Object.fromEntries(byField)).toEqual({
      comment: 'This is required.',
      field: 'This is required.',
      source: 'This must be a link starting with http:// or https://.',
      email: 'This must be an e-mail address, like name@example.org.',
    });
    expect(other).toEqual([]);
    expect(draftProblems(missing, { signed: '2019-02-30', comment: 'x' }, words).byField.get('signed')).toBe('This must be a real date: YYYY-MM-DD, YYYY-MM or YYYY.');
    expect(draftProblems(missing, { signed: '2019-03', signedPlace: 'Reykjavík', comment: 'x' }, words).byField.size).toBe(0);
  });

  it('puts the API\'s problems beside the fields they name, and the others in the status', () => {
    expect(formFieldOf('contact.email', 'correction')).toBe('email');
    expect(formFieldOf('signed', 'correction')).toBeNull();
    expect(formFieldOf('body', 'missing-agreement')).toBeNull();
    const sorted = problemsByField([{ name: 'contact.name', reason: 'is longer than 200 characters' }, { name: 'agreement', reason: 'no agreement has the id "x"' }], 'correction', words);
    expect(Object.fromEntries(sorted.byField)).toEqual({ name: 'This is longer than 200 characters.' });
    expect(sorted.other).toEqual(['agreement no agreement has the id "x".']);
    expect(problemSentence('"x" is not one of a, b', words)).toBe('Choose one of the options.');
  });

  it('says why a report was not sent, and that nothing typed is lost', () => {
    const kept = 'What you wrote is still here.';
    for (const failure of [
      { status: null, retryAfter: null },
      { status: null, retryAfter: null, timedOut: true },
      { status: 429, retryAfter: 42 },
      { status: 503, retryAfter: 30 },
      { status: 500, retryAfter: null },
      { status: 413, retryAfter: null },
    ]) {
      const message = notSentMessage(failure, words);
      expect(message).toMatch(/^Not sent: /);
      expect(message).toContain(kept);
    }
    expect(notSentMessage({ status: 429, retryAfter: 42 }, words)).toContain('in 42 seconds');
    expect(notSentMessage({ status: null, retryAfter: null, timedOut: true }, words)).toContain('did not answer in time');
  });
});

describe('the corrections log', () => {
  const answer = {
    id: '7k2m9q4xpr', kind: 'correction', agreement: 'ukr', country: 'UKR', field: 'signedPlace', proposed: 'Kyiv', signed: null,
    signedPlace: null, source: 'https://www.cbp.gov/', comment: 'x', status: 'accepted', reply: 'Thanks', created: '2026-11-30T08:01:02.000Z',
  };
  const names = (key: string) => ({ UKR: 'Ukraine', NOR: 'Norway' })[key] ?? key;

  it('reads a report from the API, and refuses one it cannot show', () => {
    expect(normaliseReport(answer)).toMatchObject({ id: '7k2m9q4xpr', status: 'accepted', source: 'https://www.cbp.gov/' });
    expect(normaliseReport({ ...answer, source: 'javascript:alert(1)' })?.source).toBeNull();
    expect(normaliseReport({ ...answer, status: 'hacked', kind: 'weird' })).toMatchObject({ status: 'new', kind: 'other' });
    for (const broken of [null, [], { ...answer, id: '<b>' }, { ...answer, comment: '' }, { ...answer, created: 3 }]) expect(normaliseReport(broken)).toBeNull();
  });

  it('describes what each report is about and what it claims', () => {
    const correction = normaliseReport(answer)!;
    expect(reportSubject(correction, names, words)).toBe('Ukraine: place of signature');
    expect(reportClaim(correction, words)).toBe('Proposed: Kyiv');
    const missing = normaliseReport({ ...answer, kind: 'missing-agreement', agreement: null, country: 'NOR', field: null, proposed: null, signed: '2019-03', signedPlace: 'Oslo' })!;
    expect(reportSubject(missing, names, words)).toBe('Norway: an agreement not listed');
    expect(reportClaim(missing, words)).toBe('Reported as signed in March 2019 in Oslo');
    expect(reportSubject(normaliseReport({ ...answer, kind: 'other', country: null, agreement: null })!, names, words)).toBe('The atlas');
    expect(reportDate(answer.created, words)).toBe('30 November 2026');
  });
});
