// A reader's report (a correction, an agreement we don't list, anything else): what POST /api/v1/reports
// accepts and what the public view holds, as JSON Schema, with the rules a schema cannot state. The Worker
// checks every report with `checkReport`, and the page's form checks what a reader typed with the same
// function before sending it, so that the two never disagree.

import { isPartialDate } from './dates';
import { agreementSchema, partialDateSchema, type JsonSchema } from './schema';
import { schemaErrors } from './validate';

export const reportKinds = ['correction', 'missing-agreement', 'other'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** Every report starts as `new`; a maintainer sets one of the others. */
export const reportStatuses = ['new', 'received', 'accepted', 'rejected', 'duplicate'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reviewStatuses = ['received', 'accepted', 'rejected', 'duplicate'] as const satisfies readonly ReportStatus[];
export type ReviewStatus = (typeof reviewStatuses)[number];
/** A closed report's contact details are erased in the same write that closes it. */
export const closedStatuses: readonly ReportStatus[] = ['accepted', 'rejected', 'duplicate'];

/** The fields of an agreement that a correction can be about. */
export const correctableFields = Object.keys(agreementSchema.properties!).filter((name) => name !== 'id');

/** The largest body POST accepts, in bytes. */
export const reportBodyLimit = 16 * 1024;

/** The longest text each field may hold, in characters (UTF-16 code units, as JSON Schema counts). */
export const reportLimits = {
  proposed: 1000,
  signedPlace: 200,
  source: 2000,
  comment: 4000,
  name: 200,
  email: 254,
  reply: 4000,
} as const;

const optionalText = (maxLength: number, description: string): JsonSchema => ({
  type: ['string', 'null'], minLength: 1, maxLength, description,
});

export const reportInputSchema: JsonSchema = {
  title: 'ReportInput',
  description:
    'A report from a reader. Text is trimmed; an optional field may be left out or null, but not empty. Everything but `contact` is published.',
  type: 'object',
  required: ['kind', 'comment'],
  additionalProperties: false,
  properties: {
    kind: {
      type: 'string',
      enum: reportKinds,
      description:
        '`correction`: a value of an agreement is wrong or missing (needs `agreement` and `field`); `missing-agreement`: an agreement this atlas does not list (needs `country`); `other`: anything else.',
    },
    agreement: {
      type: ['string', 'null'],
      pattern: '^[A-Za-z]{2,3}(-[0-9]{4})?$',
      description: 'The id of the agreement a correction is about (`ukr`, `eu`, `su-1990`), any case.',
    },
    country: {
      type: ['string', 'null'],
      pattern: '^[A-Za-z]{3}$',
      description: 'ISO 3166-1 alpha-3 of the country concerned, any case. Required for `missing-agreement`; for a correction it defaults to the partner of the agreement.',
    },
    field: { type: ['string', 'null'], enum: [...correctableFields, null], description: 'The field of the agreement that a correction is about.' },
    proposed: optionalText(reportLimits.proposed, 'The value the field should have, as text.'),
    signed: { ...partialDateSchema, type: ['string', 'null'], description: 'For `missing-agreement`: when it was signed, YYYY-MM-DD, YYYY-MM or YYYY.' },
    signedPlace: optionalText(reportLimits.signedPlace, 'For `missing-agreement`: where it was signed.'),
    source: optionalText(reportLimits.source, 'An http:// or https:// URL of the evidence.'),
    comment: { type: 'string', minLength: 1, maxLength: reportLimits.comment, description: 'What is wrong or missing, and how you know.' },
    contact: {
      type: ['object', 'null'],
      additionalProperties: false,
      description: 'Optional, for credit and questions: never published, erased when the report is closed.',
      properties: {
        name: optionalText(reportLimits.name, 'Your name, to credit you.'),
        email: { ...optionalText(reportLimits.email, 'An address at which to ask you about the report.'), format: 'email' },
      },
    },
    website: {
      type: ['string', 'null'],
      maxLength: reportLimits.source,
      description: 'Leave it out: a form field hidden from people. A report with it filled in is answered as usual and not stored.',
    },
  },
};

export const reportPatchSchema: JsonSchema = {
  title: 'ReportReview',
  description: "A maintainer's decision on a report.",
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: reviewStatuses },
    reply: optionalText(reportLimits.reply, 'A public reply; left out, the current reply stays; null removes it.'),
  },
};

const historySchema: JsonSchema = {
  type: 'object',
  required: ['status', 'reply', 'at'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: reportStatuses },
    reply: { type: ['string', 'null'], description: 'The reply given with this change, if any.' },
    at: { type: 'string', format: 'date-time' },
  },
};

const nullableText = (description: string): JsonSchema => ({ type: ['string', 'null'], description });

/** The public view of a report: what anyone may read. Contact details are never part of it. */
export const reportSchema: JsonSchema = {
  title: 'Report',
  description: 'A report as published in the errata log; `contact` only for a maintainer who asks with `include=contact`.',
  type: 'object',
  required: [
    'id', 'kind', 'agreement', 'country', 'field', 'proposed', 'signed', 'signedPlace', 'source', 'comment', 'status',
    'reply', 'created', 'updated', 'history',
  ],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[0-9a-z]{10}$', examples: ['7k2m9q4xpr'] },
    kind: { type: 'string', enum: reportKinds },
    agreement: nullableText('The id of the agreement concerned.'),
    country: nullableText('ISO 3166-1 alpha-3 of the country concerned.'),
    field: nullableText('For a correction: the field concerned.'),
    proposed: nullableText('For a correction: the value proposed.'),
    signed: nullableText('For a missing agreement: when it was signed, as reported.'),
    signedPlace: nullableText('For a missing agreement: where it was signed, as reported.'),
    source: nullableText('The evidence given, an http(s) URL.'),
    comment: { type: 'string' },
    status: { type: 'string', enum: reportStatuses },
    reply: nullableText("The maintainers' latest reply."),
    created: { type: 'string', format: 'date-time' },
    updated: { type: 'string', format: 'date-time', description: 'When the status last changed.' },
    history: { type: 'array', items: historySchema, description: 'Every status the report has had, oldest first, starting with `new`.' },
    contact: {
      type: 'object',
      required: ['name', 'email'],
      additionalProperties: false,
      description: 'Only with include=contact, for a maintainer; null values once erased or never given.',
      properties: { name: { type: ['string', 'null'] }, email: { type: ['string', 'null'] } },
    },
  },
};

/** A problem with one field of a report: `contact.email`, `source`, ... */
export interface FieldProblem {
  name: string;
  reason: string;
}

/** What a reader reports: the same fields in a new report, in the public log and on the page. */
export interface ReportFields {
  kind: ReportKind;
  agreement: string | null;
  country: string | null;
  field: string | null;
  proposed: string | null;
  signed: string | null;
  signedPlace: string | null;
  source: string | null;
  comment: string;
}

/** A report that passed `checkReport`, its text trimmed and its codes in their canonical case. */
export interface NewReport extends ReportFields {
  contact: { name: string | null; email: string | null };
  /** The hidden field was filled in: answer as usual, store nothing. */
  honeypot: boolean;
}

/** What a report's codes are checked against: agreement ids with their partner's alpha-3, and ISO countries. */
export interface KnownCodes {
  agreements: ReadonlyMap<string, string | null>;
  countries: ReadonlySet<string>;
}

/** Which fields each kind needs, and which it may not carry. */
const kindRules: Record<ReportKind, { needs: string[]; refuses: string[] }> = {
  correction: { needs: ['agreement', 'field'], refuses: ['signed', 'signedPlace'] },
  'missing-agreement': { needs: ['country'], refuses: ['agreement', 'field', 'proposed'] },
  other: { needs: [], refuses: ['field', 'proposed', 'signed', 'signedPlace'] },
};

// Controls other than tab and line feed; in a one-line field, those two as well. A lone surrogate is not text.
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const lineBreaks = /[\t\n]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const multiLine = new Set(['comment', 'proposed', 'reply']);

/** True for an absolute http:// or https:// URL with a host and no user name or password. */
export function isHttpUrl(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** An address shaped like one: something, @, a domain with a dot. Whether it works is for the maintainers to find. */
export const isEmailAddress = (text: string) => /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/.test(text);

/** Every string trimmed (with CR LF as LF), recursively. */
function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, trimmed(child)]));
}

/** `body.contact.email: is longer than 254 characters` → `{ name: 'contact.email', reason: 'is longer than 254 characters' }`. */
function asFieldProblem(error: string): FieldProblem {
  const split = error.indexOf(': ');
  const path = error.slice(0, split);
  return { name: path === 'body' ? 'body' : path.slice('body.'.length), reason: error.slice(split + 2) };
}

function textProblems(name: string, text: string): FieldProblem[] {
  if (loneSurrogate.test(text)) return [{ name, reason: 'is not valid Unicode text' }];
  if (controls.test(text)) return [{ name, reason: 'holds control characters' }];
  if (!multiLine.has(name) && lineBreaks.test(text)) return [{ name, reason: 'must be one line' }];
  return [];
}

/**
 * A report's problems, each naming its field, or the report as it will be stored. `known` is what its codes
 * are checked against.
 */
export function checkReport(body: unknown, known: KnownCodes): { ok: true; report: NewReport } | { ok: false; problems: FieldProblem[] } {
  const input = trimmed(body) as Record<string, unknown>;
  const problems = schemaErrors(input, reportInputSchema, 'body').map(asFieldProblem);
  if (problems.some((p) => p.name === 'body')) return { ok: false, problems };
  // The other rules too, for the fields whose shape was right: every field at fault is named at once.
  const faulty = new Set(problems.map((p) => p.name));
  const add = (name: string, reason: string) => {
    if (!faulty.has(name)) problems.push({ name, reason });
    faulty.add(name);
  };

  const contact = (typeof input.contact === 'object' && input.contact !== null ? input.contact : {}) as Record<string, unknown>;
  const given = (name: string, value: unknown) => (typeof value === 'string' && !faulty.has(name) ? value : null);
  const fields: Record<string, string | null> = {
    agreement: given('agreement', input.agreement)?.toLowerCase() ?? null,
    country: given('country', input.country)?.toUpperCase() ?? null,
    field: given('field', input.field),
    proposed: given('proposed', input.proposed),
    signed: given('signed', input.signed),
    signedPlace: given('signedPlace', input.signedPlace),
    source: given('source', input.source),
    comment: given('comment', input.comment),
    'contact.name': given('contact.name', contact.name),
    'contact.email': given('contact.email', contact.email),
  };
  for (const [name, value] of Object.entries(fields)) {
    if (value !== null) for (const p of textProblems(name, value)) add(p.name, p.reason);
  }

  const kind = input.kind as ReportKind;
  const rules = kindRules[kind] as (typeof kindRules)[ReportKind] | undefined;
  for (const name of rules?.needs ?? []) if (fields[name] === null) add(name, `is required for a ${kind} report`);
  for (const name of rules?.refuses ?? []) if (fields[name] !== null) add(name, `is not part of a ${kind} report`);

  const { agreement, country, signed, source } = fields;
  if (agreement !== null && !known.agreements.has(agreement)) {
    add('agreement', `no agreement has the id "${agreement}"; the ids are listed at /api/v1/agreements?status=all`);
  }
  if (country !== null && !known.countries.has(country)) add('country', `"${country}" is not an ISO 3166-1 alpha-3 country code`);
  if (signed !== null && !isPartialDate(signed)) add('signed', 'must be a real date: YYYY-MM-DD, YYYY-MM or YYYY');
  if (source !== null && !isHttpUrl(source)) add('source', 'must be a link starting with http:// or https://');
  const email = fields['contact.email'];
  if (email !== null && !isEmailAddress(email)) add('contact.email', 'must be an e-mail address, like name@example.org');
  if (problems.length) return { ok: false, problems };

  return {
    ok: true,
    report: {
      kind,
      agreement,
      country: country ?? (agreement === null ? null : known.agreements.get(agreement) ?? null),
      field: fields.field,
      proposed: fields.proposed,
      signed,
      signedPlace: fields.signedPlace,
      source,
      comment: fields.comment!,
      contact: { name: fields['contact.name'], email },
      honeypot: typeof input.website === 'string' && input.website !== '',
    },
  };
}

/** A maintainer's decision, checked: its status and reply (undefined when left out, so that the reply stays). */
export function checkReview(
  body: unknown,
): { ok: true; status: ReviewStatus; reply: string | null | undefined } | { ok: false; problems: FieldProblem[] } {
  const input = trimmed(body) as Record<string, unknown>;
  const problems = schemaErrors(input, reportPatchSchema, 'body').map(asFieldProblem);
  const reply = typeof input?.reply === 'string' ? input.reply : undefined;
  if (reply !== undefined) problems.push(...textProblems('reply', reply));
  if (problems.length) return { ok: false, problems };
  return { ok: true, status: input.status as ReviewStatus, reply: input.reply === null ? null : reply };
}
