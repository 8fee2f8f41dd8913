// Parsing of the query parameters of /agreements: pure functions, so that bad input gets a precise answer.

import { isDay } from '../data/dates';
import type { AgreementStatus } from '../data/types';

export const statuses: readonly AgreementStatus[] = ['in-force', 'signed', 'superseded'];
export const agreementParameters = ['asOf', 'status'] as const;

export interface AgreementQuery {
  /** `YYYY-MM-DD`, or null for today's network. */
  asOf: string | null;
  /** The statuses to keep. */
  status: ReadonlySet<AgreementStatus>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; detail: string };

/**
 * `asOf=YYYY-MM-DD` (once); `status` one or more of in-force, signed, superseded or `all`, comma-separated or
 * repeated (the union is kept). Without `status`: all but superseded, or, with `asOf`, every agreement of
 * that date's network (superseded by now or not). Unknown parameters are refused, so a typo is not ignored.
 */
export function parseAgreementQuery(raw: Record<string, string | string[]>): Parsed<AgreementQuery> {
  const query = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, [v].flat()]));
  const unknown = Object.keys(query).filter((k) => !(agreementParameters as readonly string[]).includes(k));
  if (unknown.length) {
    return { ok: false, detail: `Unknown parameter ${unknown.map((k) => `"${k}"`).join(', ')}. Accepted: ${agreementParameters.join(', ')}.` };
  }
  let asOf: string | null = null;
  if (query.asOf) {
    if (query.asOf.length > 1) return { ok: false, detail: 'asOf may be given once.' };
    asOf = query.asOf[0];
    if (!isDay(asOf)) return { ok: false, detail: `asOf must be a real date as YYYY-MM-DD, e.g. 2016-05-23; got "${asOf}".` };
  }
  const requested = (query.status ?? []).flatMap((s) => s.split(',')).map((s) => s.trim());
  const accepted = [...statuses, 'all'];
  const wrong = requested.filter((s) => !accepted.includes(s));
  if (wrong.length) {
    return { ok: false, detail: `status must be one or more of ${accepted.join(', ')}; got "${wrong.join(', ')}".` };
  }
  const status = new Set<AgreementStatus>(
    requested.length === 0
      ? asOf ? statuses : statuses.filter((s) => s !== 'superseded')
      : requested.includes('all') ? statuses : (requested as AgreementStatus[]),
  );
  return { ok: true, value: { asOf, status } };
}
