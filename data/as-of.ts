// The one rule for what the network was on a date, shared by the API's `asOf` and the page's timeline.
//
// - An agreement belongs to the network from the day it was signed. A partial date counts from its last
//   possible day (`2005-03` from 2005-03-31), so the network never shows an agreement before it certainly
//   existed. An agreement whose signing date is not known counts from the earliest dated source that
//   reports it, or, where no source is dated, from the day the data was last checked.
// - It leaves the network on the day its replacement (`supersededBy`) joins it.
// - A former state's agreement (USSR, Czechoslovakia) leaves the network the day after the state ceased to
//   exist (`partner.dissolved`): from then on it lives only through its successors' records.
// - A country whose own agreement succeeds a former state's (`successorTo` a USSR or Czechoslovakia
//   agreement) is covered by that agreement from its signing until the country's own one joins, the years
//   after the former state dissolved included. Its own record counts from the day after the former state
//   dissolved at the earliest.
// - An EU member is covered through the EU agreement between its accession and the last day EU agreements
//   applied to it (`coveredUntil`: for the United Kingdom, the end of the transition period).

import { latestDay, nextDay } from './dates';
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
    // A successor state is a partner in its own name from the day after its predecessor ceased to exist, at the
    // earliest (the Czech Republic's record carries the 1991 Czechoslovak signing); until then the former
    // state's agreement covered it.
    for (const a of agreements) {
      const dissolved = a.successorTo ? this.byId.get(a.successorTo)?.partner.dissolved : undefined;
      const born = dissolved ? nextDay(latestDay(dissolved)) : null;
      if (born && this.firstDays.get(a)! < born) this.firstDays.set(a, born);
    }
  }

  /** The first day the agreement counts: its signing, or the first evidence of it. */
  countsFrom(a: Agreement): string {
    return this.firstDays.get(a)!;
  }

  /** The first day the agreement no longer counts, if it has one: its replacement's first day, or the day after its partner dissolved. */
  endsOn(a: Agreement): string | null {
    const replacement = a.supersededBy ? this.byId.get(a.supersededBy) : undefined;
    if (replacement) return this.countsFrom(replacement);
    return a.partner.dissolved ? nextDay(latestDay(a.partner.dissolved)) : null;
  }

  /** True if the agreement was part of the network on `day` (`YYYY-MM-DD`): counting, not yet replaced, its partner still in being. */
  inNetworkOn(a: Agreement, day: string): boolean {
    const ends = this.endsOn(a);
    return this.countsFrom(a) <= day && (ends === null || day < ends);
  }

  /** The agreements that made up the network on `day`. */
  agreementsOn(day: string): Agreement[] {
    return this.agreements.filter((a) => this.inNetworkOn(a, day));
  }

  /**
   * Today's network. Every date in the data is on or before `checked`, so the network of any day since is
   * this one; answering it from `checked` keeps it the same for every request to one version of the data.
   */
  current(): Agreement[] {
    return this.agreementsOn(latestDay(this.checked));
  }

  /** The agreements that had left the network by `day`, replaced or ended with their state: oldest first. */
  endedBy(day: string): Agreement[] {
    return this.agreements
      .filter((a) => (this.endsOn(a) ?? '9999-12-31') <= day)
      .sort((a, b) => this.countsFrom(a).localeCompare(this.countsFrom(b)));
  }

  /** The agreements that succeed this one (`successorTo` it), in the data's order. */
  successorsOf(a: Agreement): Agreement[] {
    return this.agreements.filter((s) => s.successorTo === a.id);
  }

  /** The agreement that covered a partner (by `partnerKey`) on `day` in its own name, directly or inherited. */
  ownAgreementOn(key: string, day: string): Agreement | undefined {
    const own = this.byPartner.get(key) ?? [];
    const direct = own.find((a) => this.inNetworkOn(a, day));
    if (direct) return direct;
    // A former state's agreement covers its successor from its signing, also after the state dissolved.
    for (const a of own) {
      const predecessor = a.successorTo ? this.byId.get(a.successorTo) : undefined;
      if (predecessor?.partner.type === 'former' && this.countsFrom(a) > day && this.countsFrom(predecessor) <= day) {
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
