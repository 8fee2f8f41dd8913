// The atlas's state for one date: how each country is covered, and the summary the page states.

import { agreementsAsOf, coverageOn, euMembershipOn, ownAgreementOn, type CoverageStatus } from '../../data/as-of';
import type { Agreement, DatasetMeta, EuMember, Mra } from '../../data/types';

export interface AtlasData {
  meta: DatasetMeta;
  agreements: Agreement[];
  euMembers: EuMember[];
  mras: Mra[];
}

export interface CountryCoverage {
  iso3: string;
  name: string;
  status: CoverageStatus;
  /** The agreement that covered it in its own name on the date (possibly a former state's). */
  agreement: Agreement | null;
  /** Its EU membership, where the EU agreement covered it on the date. */
  euMember: EuMember | null;
  /** Its latest agreement of any date, for saying "signed later" on an earlier date. */
  latest: Agreement | null;
}

export class Atlas {
  readonly byId: Map<string, Agreement>;

  constructor(readonly data: AtlasData) {
    this.byId = new Map(data.agreements.map((a) => [a.id, a]));
  }

  get euAgreement(): Agreement | null {
    return this.byId.get('eu') ?? null;
  }

  coverage(iso3: string, name: string, day: string): CountryCoverage {
    const { agreements, euMembers } = this.data;
    const status = coverageOn(iso3, day, agreements, euMembers, this.byId);
    const own = agreements.filter((a) => a.partner.iso3 === iso3);
    return {
      iso3,
      name: own.find((a) => a.status !== 'superseded')?.partner.name ?? name,
      status,
      agreement: status === 'cmaa' ? ownAgreementOn(iso3, day, agreements, this.byId) ?? null : null,
      euMember: status === 'eu' ? euMembershipOn(iso3, day, euMembers) ?? null : null,
      latest: own.find((a) => a.status !== 'superseded') ?? own.at(-1) ?? null,
    };
  }

  /** The agreements that made up the network on `day`. */
  networkOn(day: string): Agreement[] {
    return agreementsAsOf(this.data.agreements, day);
  }

  /** The MRA of a partner, by ISO alpha-3 (the EU's by `EU`). */
  mraOf(iso3: string | null): Mra | null {
    return this.data.mras.find((m) => (m.partner.iso3 ?? m.partner.iso2) === iso3) ?? null;
  }
}
