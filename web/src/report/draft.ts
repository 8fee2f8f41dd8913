// What the report form asks, sends and says: pure functions, tested without a browser. The checks are the
// API's own (data/report.ts), so that the form refuses exactly what the Worker would.

import { iso3Codes } from '../../../data/country-codes';
import { checkReport, type FieldProblem, type ReportKind } from '../../../data/report';
import type { Agreement } from '../../../data/types';
import type { LaterKey, LaterLocalizer } from '../i18n';

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

/** `agreementName` names an agreement as the page's language does ("the 2016 U.S.–Ukraine agreement"). */
export function reportTarget(
  kind: ReportTarget['kind'], countryKey: string, countryName: string, agreement: Agreement | null, agreementName: (a: Agreement) => string,
): ReportTarget {
  return {
    kind,
    country: iso3Codes.includes(countryKey) ? countryKey : null,
    countryName,
    agreement: kind === 'correction' ? agreement?.id ?? null : null,
    agreementName: kind === 'correction' && agreement ? agreementName(agreement) : null,
  };
}

/** The form's values by field name, as FormData holds them. */
export type FormValues = Readonly<Record<string, string>>;

/** The fields of an agreement a reader can correct, named as the details panel names them. */
export { fieldLabels as correctableLabels } from '../record-release';

/** The form's fields for each kind, in order; `website` is the hidden one that only automated senders fill. */
export const formFields: Readonly<Record<ReportTarget['kind'], readonly string[]>> = {
  correction: ['field', 'proposed', 'source', 'comment', 'name', 'email'],
  'missing-agreement': ['signed', 'signedPlace', 'source', 'comment', 'name', 'email'],
};

export const formTitle = (t: ReportTarget, l: LaterLocalizer) =>
  t.kind === 'correction'
    ? l.text('reportTitleCorrection', { subject: t.agreementName ?? t.countryName })
    : l.text('reportTitleMissing', { country: t.countryName });

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

/** The API's reasons (data/report.ts and the JSON Schema's) that the page says in its own words. */
const reasonMessages: [RegExp, LaterKey][] = [
  [/^(is missing|must not be empty|is required for)/, 'reportRequired'],
  [/(^| )is not one of /, 'reportChooseOption'],
  [/^is longer than (\d+) characters/, 'reportTooLong'],
  [/^must be one line/, 'reportOneLine'],
  [/^(holds control characters|is not valid Unicode text)/, 'reportBadText'],
  [/^must be a real date/, 'reportBadDate'],
  [/^must be a link/, 'reportBadLink'],
  [/^must be an e-mail address/, 'reportBadEmail'],
];

/** A problem's reason as a sentence to show beside its field; one the page does not know is said as the API says it in English. */
export function problemSentence(reason: string, l: LaterLocalizer): string {
  for (const [pattern, key] of reasonMessages) {
    const match = pattern.exec(reason);
    if (match) return l.text(key, key === 'reportTooLong' ? { max: Number(match[1]) } : {});
  }
  if (l.lang !== 'en') return l.text('reportNotAccepted');
  return `${reason[0].toUpperCase()}${reason.slice(1)}${reason.endsWith('.') ? '' : '.'}`;
}

/** What the reader typed, checked by the API's rules: a sentence per form field, and those about the rest. */
export function draftProblems(target: ReportTarget, values: FormValues, l: LaterLocalizer): { byField: Map<string, string>; other: string[] } {
  const known = {
    agreements: new Map(target.agreement ? [[target.agreement, target.country]] : []),
    countries: new Set(target.country ? [target.country] : []),
  };
  const result = checkReport(reportBody(target, values), known);
  return problemsByField(result.ok ? [] : result.problems, target.kind, l);
}

/** Problems (the form's own or the API's `invalidParams`) sorted into those of a form field and the rest. */
export function problemsByField(
  problems: readonly FieldProblem[], kind: ReportTarget['kind'], l: LaterLocalizer,
): { byField: Map<string, string>; other: string[] } {
  const byField = new Map<string, string>();
  const other: string[] = [];
  for (const p of problems) {
    const field = formFieldOf(p.name, kind);
    if (field && !byField.has(field)) byField.set(field, problemSentence(p.reason, l));
    else if (!field) other.push(l.text('reportOtherProblem', { name: p.name, reason: p.reason }));
  }
  return { byField, other };
}

/** Why a report was not sent, and that nothing typed is lost. */
export function notSentMessage(failure: { status: number | null; retryAfter: number | null; timedOut?: boolean }, l: LaterLocalizer): string {
  const { status, retryAfter } = failure;
  if (status === null) return l.text(failure.timedOut ? 'reportNotSentTimeout' : 'reportNotSentUnreachable');
  if (status === 429) return l.text('reportNotSentRateLimited', { count: retryAfter ?? 60 });
  if (status === 503) return retryAfter ? l.text('reportNotSentUnavailableFor', { count: retryAfter }) : l.text('reportNotSentUnavailable');
  if (status === 413) return l.text('reportNotSentTooLong');
  return l.text('reportNotSentError', { status: String(status) });
}
