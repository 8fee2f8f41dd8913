// The one rule for what the network was on a date, shared by the API's `asOf` and the page's timeline.
//
// - An agreement belongs to the network from the day it was signed. A partial date counts from its last
//   possible day (`2005-03` from 2005-03-31), so the network never shows an agreement before it certainly
//   existed. An agreement whose signing date is not known counts from the earliest dated source that
//   reports it, or, where no source is dated, from the day the data was last checked.
// - It leaves the network on the day its replacement (`supersededBy`) joins it.
// - A country whose own agreement succeeds a former state's (`successorTo` a USSR or Czechoslovakia
//   agreement) is covered by that agreement from its signing until the country's own one joins.
// - An EU member is covered through the EU agreement between its accession and the last day EU agreements
//   applied to it (`coveredUntil`: for the United Kingdom, the end of the transition period).

import { latestDay } from './dates';
import type { Agreement, EuMember, Partner } from './types';

export type CoverageStatus = 'cmaa' | 'eu' | 'none';

/** How the map and the table name a partner: ISO alpha-3, or `EU` for the European Union. */
export function partnerKey(partner: Partner): string {
  return partner.iso3 ?? partner.iso2 ?? partner.name;
}

export class Network {
  readonly byId: ReadonlyMap<string, Agreement>;
  private readonly byPartner = new Map<string, Agreement[]>();
  private readonly firstDays = new Map<Agreement, string>();

  constructor(
    readonly agreements: readonly Agreement[],
    readonly euMembers: readonly EuMember[],
    /** `meta.checked`: when the data was last checked against its sources. */
    readonly checked: string,
  ) {
    this.byId = new Map(agreements.map((a) => [a.id, a]));
    for (const a of agreements) {
      const key = partnerKey(a.partner);
      this.byPartner.set(key, [...(this.byPartner.get(key) ?? []), a]);
      const reported = a.sources.flatMap((s) => (s.date ? [latestDay(s.date)] : [])).sort();
      this.firstDays.set(a, a.signed ? latestDay(a.signed) : reported[0] ?? latestDay(checked));
    }
  }

  /** The first day the agreement counts: its signing, or the first evidence of it. */
  countsFrom(a: Agreement): string {
    return this.firstDays.get(a)!;
  }

  /** True if the agreement was part of the network on `day` (`YYYY-MM-DD`): counting, and not yet replaced. */
  inNetworkOn(a: Agreement, day: string): boolean {
    if (this.countsFrom(a) > day) return false;
    const replacement = a.supersededBy ? this.byId.get(a.supersededBy) : undefined;
    return !(replacement && this.countsFrom(replacement) <= day);
  }

  /** The agreements that made up the network on `day`. */
  agreementsOn(day: string): Agreement[] {
    return this.agreements.filter((a) => this.inNetworkOn(a, day));
  }

  /** The agreement that covered a partner (by `partnerKey`) on `day` in its own name, directly or inherited. */
  ownAgreementOn(key: string, day: string): Agreement | undefined {
    const own = this.byPartner.get(key) ?? [];
    const direct = own.find((a) => this.inNetworkOn(a, day));
    if (direct) return direct;
    for (const a of own) {
      const predecessor = a.successorTo ? this.byId.get(a.successorTo) : undefined;
      if (predecessor?.partner.type === 'former' && this.countsFrom(a) > day && this.inNetworkOn(predecessor, day)) {
        return predecessor;
      }
    }
    return undefined;
  }

  /** The EU membership through which the EU agreement covered a country on `day`, if any. */
  euCoverageOn(iso3: string, day: string): EuMember | undefined {
    const eu = this.byId.get('eu');
    if (!eu || !this.inNetworkOn(eu, day)) return undefined;
    return this.euMembers.find(
      (m) => m.iso3 === iso3 && latestDay(m.joined) <= day && (m.coveredUntil === null || day <= latestDay(m.coveredUntil)),
    );
  }

  /** How a country was covered on `day`: its own agreement, the EU agreement, or none. */
  coverageOn(iso3: string, day: string): CoverageStatus {
    if (this.ownAgreementOn(iso3, day)) return 'cmaa';
    return this.euCoverageOn(iso3, day) ? 'eu' : 'none';
  }
}
