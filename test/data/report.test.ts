// The rules of a reader's report (data/report.ts), which the Worker applies to every report and the page's
// form to what a reader typed; test/worker/reports.test.ts sends the same kinds of input over HTTP.
import { describe, expect, it } from 'vitest';
import { iso3Codes } from '../../data/country-codes';
import countries from '../../data/countries.json';
import { dataset } from '../../data/index';
import { checkReport, checkReview, correctableFields, isEmailAddress, isHttpUrl, type KnownCodes } from '../../data/report';

const known: KnownCodes = {
  agreements: new Map(dataset.agreements.map((a) => [a.id, a.partner.iso3])),
  countries: new Set(iso3Codes),
};

const problemsOf = (body: unknown) => {
  const result = checkReport(body, known);
  return result.ok ? [] : result.problems.map((p) => p.name);
};

describe('checkReport', () => {
  it('normalises a correction: trimmed text, codes in their case, the country from the agreement, no contact', () => {
    const result = checkReport({ kind: 'correction', agreement: ' EU ', field: 'inForce', comment: ' See the OJ. ' }, known);
    expect(result).toEqual({
      ok: true,
      report: {
        kind: 'correction', agreement: 'eu', country: null, field: 'inForce', proposed: null, signed: null, signedPlace: null,
        source: null, comment: 'See the OJ.', contact: { name: null, email: null }, honeypot: false,
      },
    });
    const ukraine = checkReport({ kind: 'correction', agreement: 'ukr', field: 'signed', comment: 'x', contact: { email: 'A@B.example' } }, known);
    expect(ukraine.ok && ukraine.report).toMatchObject({ country: 'UKR', contact: { name: null, email: 'A@B.example' } });
  });

  it('treats null as left out, but not an empty string', () => {
    expect(problemsOf({ kind: 'other', comment: 'x', source: null, contact: null, website: null })).toEqual([]);
    expect(problemsOf({ kind: 'other', comment: 'x', source: '' })).toEqual(['source']);
  });

  it('asks each kind for its own fields and refuses the others', () => {
    expect(problemsOf({ kind: 'correction', comment: 'x' })).toEqual(['agreement', 'field']);
    expect(problemsOf({ kind: 'missing-agreement', comment: 'x' })).toEqual(['country']);
    expect(problemsOf({ kind: 'missing-agreement', country: 'NOR', field: 'signed', proposed: 'x', comment: 'x' })).toEqual(['field', 'proposed']);
    expect(problemsOf({ kind: 'other', comment: 'x', signed: '2020' })).toEqual(['signed']);
    expect(problemsOf({ kind: 'other', comment: 'x', agreement: 'ukr', country: 'UKR' })).toEqual([]);
  });

  it('names every field at fault at once, those of the wrong shape and those breaking a rule', () => {
    expect(problemsOf({ kind: 'correction', source: 'javascript:alert(1)' })).toEqual(['comment', 'agreement', 'field', 'source']);
    expect(problemsOf({ kind: 'correction', agreement: 7, field: 'signed', comment: 'x' })).toEqual(['agreement']);
    expect(problemsOf({ kind: 'missing-agreement', country: 'QQQ', signed: '2019-13', source: 'ftp://x', comment: 'x', contact: { email: 'no' } }))
      .toEqual(['country', 'signed', 'source', 'contact.email']);
  });

  it('lets a correction be about any field of an agreement but its id', () => {
    expect(correctableFields).toContain('signatories');
    expect(correctableFields).not.toContain('id');
    expect(problemsOf({ kind: 'correction', agreement: 'ukr', field: 'id', comment: 'x' })).toEqual(['field']);
  });

  it('notices the honeypot only when it holds something', () => {
    const filled = checkReport({ kind: 'other', comment: 'x', website: 'http://spam.example' }, known);
    expect(filled.ok && filled.report.honeypot).toBe(true);
    const blank = checkReport({ kind: 'other', comment: 'x', website: '   ' }, known);
    expect(blank.ok && blank.report.honeypot).toBe(false);
  });
});

describe('isHttpUrl', () => {
  it.each(['https://www.cbp.gov/newsroom', 'http://example.org/a?b=c#d', 'https://xn--80ak6aa92e.com/'])('accepts %s', (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });
  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'https://user:pw@example.org', '//example.org', 'www.cbp.gov', 'https://exa mple.org', 'https://'])(
    'refuses %s',
    (url) => {
      expect(isHttpUrl(url)).toBe(false);
    },
  );
});

describe('isEmailAddress', () => {
  it('accepts what looks like an address and refuses what does not', () => {
    expect(['olena@example.org', 'a.b+c@sub.example.co.uk'].every(isEmailAddress)).toBe(true);
    expect(['olena', 'olena@', '@example.org', 'olena@example', 'o lena@example.org', '<a>@example.org', 'a@b.c.'].some(isEmailAddress)).toBe(false);
  });
});

describe('checkReview', () => {
  it('takes a status and a reply; a reply left out stays as it is, a null one is removed', () => {
    expect(checkReview({ status: 'accepted', reply: ' Thanks. ' })).toEqual({ ok: true, status: 'accepted', reply: 'Thanks.' });
    expect(checkReview({ status: 'received' })).toEqual({ ok: true, status: 'received', reply: undefined });
    expect(checkReview({ status: 'rejected', reply: null })).toEqual({ ok: true, status: 'rejected', reply: null });
  });
  it('refuses anything else, naming the field', () => {
    const names = (body: unknown) => {
      const result = checkReview(body);
      return result.ok ? [] : result.problems.map((p) => p.name);
    };
    expect(names({ status: 'new' })).toEqual(['status']);
    expect(names({})).toEqual(['status']);
    expect(names([])).toEqual(['body']);
    expect(names({ status: 'received', reply: '' })).toEqual(['reply']);
    expect(names({ status: 'received', reply: '\u0000' })).toEqual(['reply']);
  });
});

describe('data/country-codes.ts', () => {
  it('holds exactly the alpha-3 codes of countries.json (npm run data:countries writes both)', () => {
    expect([...iso3Codes]).toEqual(countries.map((c) => c.iso3).sort());
  });
});
