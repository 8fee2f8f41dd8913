// The dataset as the API serves it, with the look-ups and figures the routes need, built once per isolate.

import { Network } from '../data/as-of';
import { dataset } from '../data/index';
import { reconcile } from '../data/reconcile';
import type { Agreement } from '../data/types';

export const { meta, agreements, euMembers, mras, cbpCounts, unconfirmed, changelog } = dataset;

export const network = new Network(agreements, euMembers, meta.checked);
const { byId } = network;

const { cbpCount, ...figures } = reconcile(agreements, cbpCounts);
/** How the list compares with CBP's latest stated count; part of the list's `meta`. */
export const reconciliation = {
  cbpCount: cbpCount && { count: cbpCount.count, date: cbpCount.date, source: cbpCount.source.url },
  ...figures,
};

/** The agreement a code names: its id, or the current agreement of the partner with that ISO code. */
export function agreementByCode(code: string): Agreement | undefined {
  const lower = code.toLowerCase();
  const exact = byId.get(lower);
  if (exact) return exact;
  const upper = code.toUpperCase();
  const numeric = /^[0-9]{1,3}$/.test(code) ? code.padStart(3, '0') : null;
  const partnerAgreements = agreements.filter(({ partner: p }) =>
    numeric ? p.isoNumeric === numeric : p.iso2 === upper || p.iso3 === upper,
  );
  return partnerAgreements.find((a) => a.status !== 'superseded') ?? partnerAgreements.at(-1);
}
