// The record types of the dataset: what the JSON files in data/ hold and what the API serves.

/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where only that much is known. */
export type PartialDate = string;

export type PartnerType = 'country' | 'territory' | 'union' | 'former';
export type AgreementStatus = 'in-force' | 'signed' | 'superseded';
export type Confidence = 'high' | 'medium' | 'low';

export interface Partner {
  name: string;
  iso2: string | null;
  iso3: string | null;
  isoNumeric: string | null;
  type: PartnerType;
  /** A former state only: the day it ceased to exist. Its agreements count through that day, then through its successors'. */
  dissolved?: PartialDate;
}

export interface Signatory {
  name: string;
  title: string | null;
}

export interface Source {
  url: string;
  title: string;
  /** The title's language where it is not English (`pt`, `uk`): the page marks the title with it. */
  lang?: string;
  publisher: string;
  date: PartialDate | null;
  /** The record's fields this source is evidence for. */
  supports?: string[];
}

export interface Agreement {
  id: string;
  partner: Partner;
  signed: PartialDate | null;
  signedPlace: string | null;
  inForce: PartialDate | null;
  status: AgreementStatus;
  binding: boolean | null;
  signatories: { us: Signatory[]; partner: Signatory[] };
  successorTo: string | null;
  supersededBy: string | null;
  sources: Source[];
  confidence: Confidence;
  notes: string | null;
}

/** An EU member state and the dates between which the EU agreement covers it. */
export interface EuMember {
  name: string;
  iso3: string;
  joined: PartialDate;
  left: PartialDate | null;
  /** The last day EU agreements applied to it: after withdrawal, the end of any transition period. */
  coveredUntil: PartialDate | null;
  sources: Source[];
}

/** An AEO Mutual Recognition Arrangement between CBP's C-TPAT and a partner's programme. */
export interface Mra {
  id: string;
  partner: Partner;
  signed: PartialDate | null;
  signedPlace: string | null;
  programs: { us: string | null; partner: string | null };
  sources: Source[];
  notes: string | null;
}

/** A number of agreements that CBP (or ICE) stated at a date, and the records it can be matched with. */
export interface CbpCount {
  /** When the statement was published; null where the stored copy shows no date. */
  date: PartialDate | null;
  count: number;
  /** `ordinal`: "the 77th CMAA"; `total`: "the U.S. has 82 CMAAs". */
  kind: 'ordinal' | 'total';
  /** The agreements the statement announced (ids), where it announced any. */
  agreements: string[];
  statement: string;
  source: Source;
}

/** A reported agreement that no source good enough confirms: shown as a lead, not counted or mapped. */
export interface Unconfirmed {
  partner: Partner;
  claim: string;
  finding: string;
  sources: Source[];
}

export interface DatasetMeta {
  /** Bumped on every change to the data: `YYYY.MM.DD` of the change, with `.N` for a second change that day. */
  version: string;
  /** The date of the last change to the data. */
  updated: PartialDate;
  /** The date the data was last checked against its sources. */
  checked: PartialDate;
}

/** One change to the data, as the change feed publishes it. */
export interface ChangeEntry {
  /** Stable: the date and a slug, e.g. `2026-11-27-first-publication`. */
  id: string;
  /** The day the change was published, `YYYY-MM-DD`. */
  date: string;
  /** The dataset version (`meta.version`) that carries the change. */
  version: string;
  change: 'added' | 'corrected' | 'removed';
  title: string;
  summary: string;
  /** ids of the agreements changed. */
  agreements: string[];
  /** ids of the MRAs changed. */
  mras: string[];
  /** For a correction, the fields corrected; empty otherwise. */
  fields: string[];
  /** ids of the readers' reports (/api/v1/reports/{id}) that this change applies. */
  reports?: string[];
}

export interface Dataset {
  meta: DatasetMeta;
  agreements: Agreement[];
  euMembers: EuMember[];
  mras: Mra[];
  cbpCounts: CbpCount[];
  unconfirmed: Unconfirmed[];
  /** Oldest first. */
  changelog: ChangeEntry[];
}

export interface Country {
  iso2: string;
  iso3: string;
  isoNumeric: string;
  name: string;
  altNames: string[];
}
