// How the atlas's list compares with the numbers CBP itself has stated.
//
// CBP counts one agreement per partner administration (the European Union as one), and an agreement that
// replaced an older one with the same partner does not add to the count (Paraguay's 2020 agreement left it at
// 82). So the comparable figure is the number of current agreements with a partner that exists today: not
// superseded, and not a former state's (the USSR's and Czechoslovakia's agreements count through their
// successors' records).

import { latestDay } from './dates';
import type { Agreement, CbpCount } from './types';

export interface Reconciliation {
  /** CBP's latest stated count, by the date of the statement. */
  cbpCount: CbpCount | null;
  /** Current agreements identified here, each with sources. */
  identified: number;
  /** Of those, signed on or before the date of CBP's latest count. */
  identifiedByCountDate: number;
  /** Of those, with no known signing date (they may or may not be in CBP's count). */
  undated: number;
  /** CBP's latest count less what is identified by its date and undated: agreements not yet identified. */
  unidentified: number;
}

export function countsLikeCbp(a: Agreement): boolean {
  return a.status !== 'superseded' && a.partner.type !== 'former';
}

export function latestCbpCount(counts: readonly CbpCount[]): CbpCount | null {
  const dated = counts.filter((c) => c.date !== null);
  return dated.reduce<CbpCount | null>((best, c) => (!best || latestDay(c.date!) > latestDay(best.date!) || (c.date === best.date && c.count > best.count) ? c : best), null);
}

export function reconcile(agreements: readonly Agreement[], counts: readonly CbpCount[]): Reconciliation {
  const current = agreements.filter(countsLikeCbp);
  const cbpCount = latestCbpCount(counts);
  const cutoff = cbpCount?.date ? latestDay(cbpCount.date) : null;
  const undated = current.filter((a) => a.signed === null).length;
  const identifiedByCountDate = cutoff ? current.filter((a) => a.signed !== null && latestDay(a.signed) <= cutoff).length : 0;
  return {
    cbpCount,
    identified: current.length,
    identifiedByCountDate,
    undated,
    unidentified: cbpCount ? Math.max(0, cbpCount.count - identifiedByCountDate - undated) : 0,
  };
}
