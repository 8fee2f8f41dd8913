// The corrections log as the page shows it: reports from the API, checked field by field, and how each is
// described (pure, tested without a browser).

import { isHttpUrl, reportKinds, reportStatuses, type ReportKind, type ReportStatus } from '../../../data/report';
import { formatDate } from '../format';
import { isObject, text } from '../normalise';
import { correctableLabels } from './draft';

export interface LoggedReport {
  id: string;
  kind: ReportKind;
  agreement: string | null;
  country: string | null;
  field: string | null;
  proposed: string | null;
  signed: string | null;
  signedPlace: string | null;
  source: string | null;
  comment: string;
  status: ReportStatus;
  reply: string | null;
  created: string;
}

export const statusWords: Readonly<Record<ReportStatus, string>> = {
  new: 'New',
  received: 'Received, being checked',
  accepted: 'Accepted',
  rejected: 'Not accepted',
  duplicate: 'Duplicate of another report',
};

/** A report from the API, or null if it cannot be shown; a source that is not an http(s) URL is left out. */
export function normaliseReport(v: unknown): LoggedReport | null {
  if (!isObject(v)) return null;
  const id = text(v.id);
  const comment = text(v.comment);
  const created = text(v.created);
  if (!id || !/^[0-9a-z]{10}$/.test(id) || !comment || !created) return null;
  const kind = reportKinds.includes(v.kind as ReportKind) ? (v.kind as ReportKind) : 'other';
  const status = reportStatuses.includes(v.status as ReportStatus) ? (v.status as ReportStatus) : 'new';
  const source = text(v.source);
  return {
    id, kind, status, comment, created,
    agreement: text(v.agreement),
    country: text(v.country),
    field: text(v.field),
    proposed: text(v.proposed),
    signed: text(v.signed),
    signedPlace: text(v.signedPlace),
    source: source && isHttpUrl(source) ? source : null,
    reply: text(v.reply),
  };
}

/** What the report is about, in words: "Ukraine: place of signature". */
export function reportSubject(r: LoggedReport, nameOf: (key: string) => string): string {
  const where = r.country ? nameOf(r.country) : r.agreement ? `Agreement ${r.agreement}` : 'The atlas';
  if (r.kind === 'correction') return `${where}: ${(r.field && correctableLabels[r.field]?.toLowerCase()) ?? 'a correction'}`;
  if (r.kind === 'missing-agreement') return `${where}: an agreement not listed`;
  return where;
}

/** The facts a report gives besides its comment: the value proposed, or the date and place of an agreement. */
export function reportClaim(r: LoggedReport): string | null {
  if (r.kind === 'correction') return r.proposed ? `Proposed: ${r.proposed}` : null;
  const parts = [r.signed ? `signed ${formatDate(r.signed)}` : null, r.signedPlace ? `in ${r.signedPlace}` : null].filter(Boolean);
  return parts.length ? `Reported as ${parts.join(' ')}` : null;
}

/** `2026-11-30T08:01:02.000Z` → `30 November 2026`. */
export const reportDate = (timestamp: string) => formatDate(timestamp.slice(0, 10));
