// Parsing the query: pure functions, checked directly.
import { describe, expect, it } from 'vitest';
import { agreementSchema } from '../../data/schema';
import {
  asOfParameter, chosenFields, chosenStatuses, fieldsParameter, parseQuery, searchParameter, statusParameter,
} from '../../worker/query';

const listParameters = [asOfParameter, statusParameter, searchParameter, fieldsParameter(agreementSchema, 'signed')];
const parse = (query: string) => parseQuery(new URLSearchParams(query), listParameters);

describe('parseQuery', () => {
  it('splits lists at commas and joins repeated lists', () => {
    expect(parse('status=signed, superseded&status=in-force&fields=signed')).toEqual({
      ok: true,
      values: { status: ['signed', 'superseded', 'in-force'], fields: ['signed'] },
    });
  });

  it('refuses a repeated asOf or q, naming it', () => {
    const parsed = parse('asOf=2000-01-01&asOf=2000-01-01&q=a&q=b');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.invalidParams).toEqual([{ name: 'asOf', reason: 'may be given once' }, { name: 'q', reason: 'may be given once' }]);
      expect(parsed.detail).toBe('asOf may be given once. q may be given once.');
    }
  });

  it('checks a date is real, not only its shape', () => {
    expect(parse('asOf=2016-02-29').ok).toBe(true);
    expect(parse('asOf=2015-02-29').ok).toBe(false);
    expect(parse('asOf=2016-2-1').ok).toBe(false);
  });

  it('refuses a q with nothing left to search once case, accents and spacing are folded', () => {
    for (const q of ['%20', '%CC%81', '%20%CC%81%CC%81%20', '%C2%A0']) expect(parse(`q=${q}`).ok, q).toBe(false);
    expect(parse('q=a%CC%81').ok).toBe(true);
  });

  it('says a route without parameters takes none', () => {
    const parsed = parseQuery(new URLSearchParams('x=1'), []);
    expect(!parsed.ok && parsed.detail).toBe('Unknown parameter "x". This route takes no parameters.');
  });
});

describe('parseQuery on hostile queries', () => {
  // 128 KB is eight times the longest URL that Cloudflare's edge passes on (16 KB), so that work growing
  // faster than the query would show: one name repeated 43,000 times took 3.7 s here while each repeat copied
  // the list of values, and takes about 20 ms since. The bound is far above that, for slow or busy machines,
  // and the fastest of three runs counts: unbounded work is slow every time, a busy machine is not.
  const size = 128 * 1024;
  it.each([
    ['one unknown name repeated', 'a=&'.repeat(size / 3)],
    ['one list parameter repeated', 'status=&'.repeat(size / 8)],
    ['distinct unknown names', Array.from({ length: size / 6 }, (_, i) => `${i.toString(36)}=&`).join('')],
  ])('parses %s, 128 KB, in under 1 s', (_, query) => {
    const times = [0, 1, 2].map(() => {
      const started = performance.now();
      expect(parse(query).ok).toBe(false);
      return performance.now() - started;
    });
    expect(Math.min(...times)).toBeLessThan(1000);
  });
});

describe('chosenStatuses', () => {
  it('defaults to all but superseded, or every status with asOf, and keeps the schema order', () => {
    expect(chosenStatuses({})).toEqual(['in-force', 'signed']);
    expect(chosenStatuses({ asOf: ['2000-01-01'] })).toEqual(['in-force', 'signed', 'superseded']);
    expect(chosenStatuses({ status: ['superseded', 'signed'] })).toEqual(['signed', 'superseded']);
    expect(chosenStatuses({ status: ['signed', 'all'] })).toEqual(['in-force', 'signed', 'superseded']);
  });
});

describe('chosenFields', () => {
  it('keeps the record order with id first, or null for every field', () => {
    expect(chosenFields({ fields: ['notes', 'partner', 'notes'] }, agreementSchema)).toEqual(['id', 'partner', 'notes']);
    expect(chosenFields({}, agreementSchema)).toBeNull();
  });
});
