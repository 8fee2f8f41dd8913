// What the report form asks, sends and says: pure functions, tested without a browser. The checks are the
// API's own (data/report.ts), so that the form refuses exactly what the Worker would.

import { iso3Codes } from '../../../data/country-codes';
import { checkReport, type FieldProblem, type ReportKind } from '../../../data/report';
import type { Agreement } from '../../../data/types';

/** Fired on the document when a report has been stored, so that the corrections log can show it. */
export const reportSentEvent = 'report-sent';

/**
 * What a report is about: the country whose details are open (its ISO alpha-3, or null for the EU or a former
 * state, which have none), and for a correction the agreement shown.
 */
export interface ReportTarget {
  kind: Extract<ReportKind, 'correction' | 'missing-agreement'>;
  country: string | null;
  countryName: string;
  agreement: string | null;
  agreementName: string | null;
}

export function reportTarget(kind: ReportTarget['kind'], countryKey: string, countryName: string, agreement: Agreement | null): ReportTarget {
  const year = agreement?.signed ? `${agreement.signed.slice(0, 4)} ` : '';
  return {
    kind,
    country: iso3Codes.includes(countryKey) ? countryKey : null,
    countryName,
    agreement: kind === 'correction' ? agreement?.id ?? null : null,
    agreementName: kind === 'correction' && agreement ? `the ${year}U.S.–${agreement.partner.name} agreement` : null,
  };
}

/** The form's values by field name, as FormData holds them. */
export type FormValues = Readonly<Record<string, string>>;

/** The fields of an agreement a reader can correct, as the details panel names them. */
export const correctableLabels: Readonly<Record<string, string>> = {
  signed: 'Date of signature',
  signedPlace: 'Place of signature',
  inForce: 'Entry into force',
  status: 'Status',
  binding: 'Legally binding',
  signatories: 'Signatories',
  successorTo: 'Agreement it replaces or succeeds',
  supersededBy: 'Agreement that replaced it',
  partner: 'Partner (name or codes)',
  sources: 'Sources',
  confidence: 'Confidence',
  notes: 'Notes',
};

/** The form's fields for each kind, in order; `website` is the hidden one that only automated senders fill. */
export const formFields: Readonly<Record<ReportTarget['kind'], readonly string[]>> = {
  correction: ['field', 'proposed', 'source', 'comment', 'name', 'email'],
  'missing-agreement': ['signed', 'signedPlace', 'source', 'comment', 'name', 'email'],
};

export const formTitle = (t: ReportTarget) =>
  t.kind === 'correction' ? `Suggest a correction: ${t.agreementName ?? t.countryName}` : `Report an agreement we don't list: ${t.countryName}`;

/** The body POST /api/v1/reports takes: the target's codes and what was typed, empty fields left out. */
export function reportBody(target: ReportTarget, values: FormValues): Record<string, unknown> {
  const given = (name: string) => {
    const value = values[name]?.trim();
    return value ? value : undefined;
  };
  const body: Record<string, unknown> = { kind: target.kind };
  if (target.country) body.country = target.country;
  if (target.agreement) body.agreement = target.agreement;
  const contact: Record<string, string> = {};
  for (const name of formFields[target.kind]) {
    const value = given(name);
    if (value === undefined) continue;
    if (name === 'name' || name === 'email') contact[name] = value;
    else body[name] = value;
  }
  if (Object.keys(contact).length) body.contact = contact;
  if (values.website) body.website = values.website;
  return body;
}

/** The form field a problem is about: `contact.email` → `email`; `body` and the codes belong to the form. */
export function formFieldOf(name: string, kind: ReportTarget['kind']): string | null {
  const field = name.startsWith('contact.') ? name.slice('contact.'.length) : name;
  return formFields[kind].includes(field) ? field : null;
}

/** A problem's reason as a sentence to show beside its field. */
export function problemSentence(reason: string): string {
  if (reason === 'is missing' || reason === 'must not be empty' || reason.startsWith('is required for')) return 'This is required.';
  if (/(^| )is not one of /.test(reason)) return 'Choose one of the options.';
  return `${reason[0].toUpperCase()}${reason.slice(1)}${reason.endsWith('.') ? '' : '.'}`;
}

/** What the reader typed, checked by the API's rules: a sentence per form field, and those about the rest. */
export function draftProblems(target: ReportTarget, values: FormValues): { byField: Map<string, string>; other: string[] } {
  const known = {
    agreements: new Map(target.agreement ? [[target.agreement, target.country]] : []),
    countries: new Set(target.country ? [target.country] : []),
  };
  const result = checkReport(reportBody(target, values), known);
  return problemsByField(result.ok ? [] : result.problems, target.kind);
}

/** Problems (the form's own or the API's `invalidParams`) sorted into those of a form field and the rest. */
export function problemsByField(problems: readonly FieldProblem[], kind: ReportTarget['kind']): { byField: Map<string, string>; other: string[] } {
  const byField = new Map<string, string>();
  const other: string[] = [];
  for (const p of problems) {
    const field = formFieldOf(p.name, kind);
    if (field && !byField.has(field)) byField.set(field, problemSentence(p.reason));
    else if (!field) other.push(`${p.name} ${p.reason}.`);
  }
  return { byField, other };
}

/** Why a report was not sent, and that nothing typed is lost. */
export function notSentMessage(failure: { status: number | null; retryAfter: number | null; timedOut?: boolean }): string {
  const kept = 'What you wrote is still here.';
  const { status, retryAfter } = failure;
  if (status === null) {
    return `Not sent: ${failure.timedOut ? 'the server did not answer in time' : 'the server could not be reached'}. ${kept} Try again in a moment.`;
  }
  if (status === 429) return `Not sent: several reports came from your address in the last minute. ${kept} Try again in ${retryAfter ?? 60} seconds.`;
  if (status === 503) return `Not sent: the reports database is unavailable just now. ${kept} Try again ${retryAfter ? `in ${retryAfter} seconds` : 'in a moment'}.`;
  if (status === 413) return `Not sent: the report is too long. ${kept} Shorten the comment and try again.`;
  return `Not sent: the server answered with an error (${status}). ${kept} Try again in a moment.`;
}
