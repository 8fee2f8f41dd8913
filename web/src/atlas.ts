// The atlas's state for one date: how each country is covered, and what the details panel needs.

import { countryCoverage, type CountryCoverage } from '../../data/answer';
import { Network, partnerKey } from '../../data/as-of';
import type { Agreement, DatasetMeta, EuMember, Mra } from '../../data/types';

export type { CountryCoverage };

export interface AtlasData {
  meta: DatasetMeta;
  agreements: Agreement[];
  euMembers: EuMember[];
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
    return countryCoverage(this.network, iso3, name, day);
  }

  /** The AEO mutual recognition arrangement of a partner, by `partnerKey`. */
  mraOf(key: string): Mra | null {
    return this.mras.find((m) => partnerKey(m.partner) === key) ?? null;
  }
}
