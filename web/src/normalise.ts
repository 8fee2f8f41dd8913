// What the page accepts from the API: records are checked field by field, so that a missing or malformed
// value shows as "not known" instead of breaking the page, and a record that cannot be placed is left out.

import { isPartialDate } from '../../data/dates';
import type { Agreement, CbpCount, EuMember, Mra, Partner, Signatory, Source, Unconfirmed } from '../../data/types';

type Loose = Record<string, unknown>;

export const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
export const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
export const date = (v: unknown): string | null => (typeof v === 'string' && isPartialDate(v) ? v : null);
export const list = <T>(v: unknown, item: (x: unknown) => T | null): T[] =>
  Array.isArray(v) ? v.map(item).filter((x): x is T => x !== null) : [];
const oneOf = <T extends string>(v: unknown, values: readonly T[], fallback: T): T =>
  values.includes(v as T) ? (v as T) : fallback;

function partner(v: unknown): Partner | null {
  if (!isObject(v)) return null;
  const name = text(v.name);
  const iso3 = text(v.iso3);
  const iso2 = text(v.iso2);
  if (!name || (!iso3 && !iso2)) return null;
  const type = oneOf(v.type, ['country', 'territory', 'union', 'former'], 'country');
  const dissolved = date(v.dissolved);
  return { name, iso2, iso3, isoNumeric: text(v.isoNumeric), type, ...(type === 'former' && dissolved ? { dissolved } : {}) };
}

function signatory(v: unknown): Signatory | null {
  return isObject(v) && text(v.name) ? { name: text(v.name)!, title: text(v.title) } : null;
}

function source(v: unknown): Source | null {
  if (!isObject(v)) return null;
  const url = text(v.url);
  if (!url || !/^https?:\/\//.test(url)) return null;
  const lang = text(v.lang);
  return {
    url, title: text(v.title) ?? url, ...(lang && /^[a-z]{2,3}$/.test(lang) ? { lang } : {}),
    publisher: text(v.publisher) ?? 'not known', date: date(v.date),
  };
}

export function normaliseAgreement(v: unknown): Agreement | null {
  if (!isObject(v) || !text(v.id)) return null;
  const p = partner(v.partner);
  if (!p) return null;
  const signatories = isObject(v.signatories) ? v.signatories : {};
  return {
    id: text(v.id)!,
    partner: p,
    signed: date(v.signed),
    signedPlace: text(v.signedPlace),
    inForce: date(v.inForce),
    status: oneOf(v.status, ['in-force', 'signed', 'superseded'], 'signed'),
    binding: typeof v.binding === 'boolean' ? v.binding : null,
    signatories: { us: list(signatories.us, signatory), partner: list(signatories.partner, signatory) },
    successorTo: text(v.successorTo),
    supersededBy: text(v.supersededBy),
    sources: list(v.sources, source),
    confidence: oneOf(v.confidence, ['high', 'medium', 'low'], 'low'),
    notes: text(v.notes),
  };
}

export function normaliseEuMember(v: unknown): EuMember | null {
  if (!isObject(v) || !text(v.iso3) || !date(v.joined)) return null;
  return {
    name: text(v.name) ?? text(v.iso3)!, iso3: text(v.iso3)!, joined: date(v.joined)!, left: date(v.left),
    coveredUntil: date(v.coveredUntil) ?? date(v.left), sources: list(v.sources, source),
  };
}

export function normaliseMra(v: unknown): Mra | null {
  if (!isObject(v) || !text(v.id)) return null;
  const p = partner(v.partner);
  if (!p) return null;
  const programs = isObject(v.programs) ? v.programs : {};
  return {
    id: text(v.id)!, partner: p, signed: date(v.signed), signedPlace: text(v.signedPlace),
    programs: { us: text(programs.us), partner: text(programs.partner) }, sources: list(v.sources, source), notes: text(v.notes),
  };
}

export function normaliseCbpCount(v: unknown): CbpCount | null {
  if (!isObject(v) || typeof v.count !== 'number') return null;
  const s = source(v.source);
  if (!s) return null;
  return {
    date: date(v.date), count: v.count, kind: oneOf(v.kind, ['ordinal', 'total'], 'total'),
    agreements: list(v.agreements, text), statement: text(v.statement) ?? '', source: s,
  };
}

export function normaliseUnconfirmed(v: unknown): Unconfirmed | null {
  if (!isObject(v)) return null;
  const p = partner(v.partner);
  return p ? { partner: p, claim: text(v.claim) ?? '', finding: text(v.finding) ?? '', sources: list(v.sources, source) } : null;
}

