// The corrections log as the page shows it: reports from the API, checked field by field, and how each is
// described (pure, tested without a browser).

import { isHttpUrl, reportKinds, reportStatuses, type ReportFields, type ReportKind, type ReportStatus } from '../../../data/report';
import type { LaterKey, LaterLocalizer } from '../i18n';
import { isObject, text } from '../normalise';
import { fieldInSentence, fieldLabels } from '../record-release';

export interface LoggedReport extends ReportFields {
  id: string;
  status: ReportStatus;
  reply: string | null;
  created: string;
}

export const statusWords: Readonly<Record<ReportStatus, LaterKey>> = {
  new: 'reportStatusNew',
  received: 'reportStatusReceived',
  accepted: 'reportStatusAccepted',
  rejected: 'reportStatusRejected',
  duplicate: 'reportStatusDuplicate',
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
export function reportSubject(r: LoggedReport, nameOf: (key: string) => string, l: LaterLocalizer): string {
  const subject = r.country ? nameOf(r.country) : r.agreement ? l.text('correctionsAgreement', { id: r.agreement }) : l.text('correctionsAtlas');
  if (r.kind === 'correction') {
    const what = r.field && fieldLabels[r.field] ? fieldInSentence(r.field, l) : l.text('correctionsACorrection');
    return l.text('correctionsAbout', { subject, what });
  }
  if (r.kind === 'missing-agreement') return l.text('correctionsAbout', { subject, what: l.text('correctionsNotListed') });
  return subject;
}

/** The facts a report gives besides its comment: the value proposed, or the date and place of an agreement. */
export function reportClaim(r: LoggedReport, l: LaterLocalizer): string | null {
  if (r.kind === 'correction') return r.proposed ? l.text('correctionsProposed', { value: r.proposed }) : null;
  if (r.signed && r.signedPlace) return l.text('correctionsReportedSignedIn', { when: l.when(r.signed), place: r.signedPlace });
  if (r.signed) return l.text('correctionsReportedSigned', { when: l.when(r.signed) });
  if (r.signedPlace) return l.text('correctionsReportedIn', { place: r.signedPlace });
  return null;
}

/** `2026-11-30T08:01:02.000Z` → `30 November 2026`. */
export const reportDate = (timestamp: string, l: LaterLocalizer) => l.date(timestamp.slice(0, 10));
