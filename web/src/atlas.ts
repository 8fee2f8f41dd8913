// The atlas's state for one date: how each country is covered, and what the details panel needs.

import { Network, partnerKey, type CoverageStatus } from '../../data/as-of';
import type { Agreement, DatasetMeta, EuMember, Mra } from '../../data/types';

export interface AtlasData {
  meta: DatasetMeta;
  agreements: Agreement[];
  euMembers: EuMember[];
}

export interface CountryCoverage {
  /** ISO alpha-3 (`partnerKey`: EU for the European Union). */
  iso3: string;
  name: string;
  status: CoverageStatus;
  /** The agreement that covered it in its own name on the date (possibly a former state's). */
  agreement: Agreement | null;
  /** Its EU membership, where the EU agreement covered it on the date (with or without its own). */
  euMember: EuMember | null;
  /** Its latest agreement of any date, for saying "signed later" on an earlier date. */
  latest: Agreement | null;
}

export class Atlas {
  readonly network: Network;
  /** Loaded when the details first need them. */
  mras: Mra[] = [];

  constructor(readonly data: AtlasData) {
    this.network = new Network(data.agreements, data.euMembers, data.meta.checked);
  }

  get byId(): ReadonlyMap<string, Agreement> {
    return this.network.byId;
  }

  get euAgreement(): Agreement | null {
    return this.byId.get('eu') ?? null;
  }

  /** How a country is covered on a day; `name` is its name as the page shows it (in the page's language). */
  coverage(iso3: string, name: string, day: string): CountryCoverage {
    const own = this.data.agreements.filter((a) => partnerKey(a.partner) === iso3);
    const latest = own.find((a) => a.status !== 'superseded') ?? own.at(-1) ?? null;
    return {
      iso3,
      name,
      status: this.network.coverageOn(iso3, day),
      agreement: this.network.ownAgreementOn(iso3, day) ?? null,
      euMember: this.network.euCoverageOn(iso3, day) ?? null,
      latest,
    };
  }

  /** The AEO mutual recognition arrangement of a partner, by `partnerKey`. */
  mraOf(key: string): Mra | null {
    return this.mras.find((m) => partnerKey(m.partner) === key) ?? null;
  }
}
