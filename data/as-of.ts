// The one rule for what the network was on a date, shared by the API's `asOf` and the page's timeline.
//
// - An agreement belongs to the network from the day it was signed. A partial date counts from its last
//   possible day (`2005-03` from 2005-03-31), so the network never shows an agreement before it certainly
//   existed; an agreement with no known signing date is never placed on the timeline.
// - It leaves the network on the day its replacement (`supersededBy`) was signed.
// - A country whose own agreement succeeds a former state's (`successorTo` a USSR or Czechoslovakia
//   agreement) is covered by that agreement from its signing until the country's own one replaces it.
// - An EU member is covered through the EU agreement between its accession and its withdrawal (the
//   last day EU agreements applied to it: `coveredUntil`, the end of the United Kingdom's transition period).

import { latestDay } from './dates';
import type { Agreement, EuMember } from './types';

export type CoverageStatus = 'cmaa' | 'eu' | 'none';

/** True if the agreement had been signed by `day` (`YYYY-MM-DD`). */
export function signedBy(agreement: Agreement, day: string): boolean {
  return agreement.signed !== null && latestDay(agreement.signed) <= day;
}

/** True if the agreement was part of the network on `day`: signed by then and not yet replaced. */
export function inNetworkOn(agreement: Agreement, day: string, byId: ReadonlyMap<string, Agreement>): boolean {
  if (!signedBy(agreement, day)) return false;
  const replacement = agreement.supersededBy ? byId.get(agreement.supersededBy) : undefined;
  return !(replacement && signedBy(replacement, day));
}

/** The agreements that made up the network on `day`. */
export function agreementsAsOf(agreements: readonly Agreement[], day: string): Agreement[] {
  const byId = new Map(agreements.map((a) => [a.id, a]));
  return agreements.filter((a) => inNetworkOn(a, day, byId));
}

/** The agreement that covered a country (by ISO alpha-3) on `day` in its own name, directly or inherited. */
export function ownAgreementOn(
  iso3: string, day: string, agreements: readonly Agreement[], byId: ReadonlyMap<string, Agreement>,
): Agreement | undefined {
  const own = agreements.filter((a) => a.partner.iso3 === iso3);
  const direct = own.find((a) => inNetworkOn(a, day, byId));
  if (direct) return direct;
  for (const a of own) {
    const predecessor = a.successorTo ? byId.get(a.successorTo) : undefined;
    if (predecessor?.partner.type === 'former' && !signedBy(a, day) && inNetworkOn(predecessor, day, byId)) {
      return predecessor;
    }
  }
  return undefined;
}

/** The EU membership that covered a country on `day`, if any. */
export function euMembershipOn(iso3: string, day: string, members: readonly EuMember[]): EuMember | undefined {
  return members.find(
    (m) => m.iso3 === iso3 && latestDay(m.joined) <= day && (m.coveredUntil === null || day <= latestDay(m.coveredUntil)),
  );
}

/** How a country was covered on `day`: its own agreement, the EU agreement, or none. */
export function coverageOn(
  iso3: string, day: string, agreements: readonly Agreement[], members: readonly EuMember[],
  byId: ReadonlyMap<string, Agreement> = new Map(agreements.map((a) => [a.id, a])),
): CoverageStatus {
  if (ownAgreementOn(iso3, day, agreements, byId)) return 'cmaa';
  const eu = byId.get('eu');
  if (eu && inNetworkOn(eu, day, byId) && euMembershipOn(iso3, day, members)) return 'eu';
  return 'none';
}
