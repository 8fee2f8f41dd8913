// Query parameters: what each route accepts, and pure functions that parse them. The same definitions are
// checked against the request (through the JSON Schema interpreter that checks the data), described in the
// OpenAPI document and listed on the docs page, so the three cannot disagree.

import { isDay } from '../data/dates';
import { firstRelease, isVersion, versionPattern } from '../data/releases';
import { reportKinds, reportStatuses } from '../data/report';
import { agreementSchema, daySchema, type JsonSchema } from '../data/schema';
import type { AgreementStatus } from '../data/types';
import { schemaErrors } from '../data/validate';
import { searchKey } from './select';

export interface QueryParameter {
  readonly name: string;
  readonly description: string;
  /** JSON Schema of one value (of one item, for a list). */
  readonly schema: JsonSchema;
  /**
   * A list is comma-separated, and a repeated list parameter means the union of its values. Any other parameter
   * may be given once: a second `asOf` or `q` is a 400 rather than a guess at which one was meant.
   */
  readonly list: boolean;
  /** What an accepted value is, for the 400's detail. */
  readonly accepted: string;
  /** A rule the schema cannot state, such as a real calendar date. */
  readonly holds?: (value: string) => boolean;
  /** A request without it is a 400. */
  readonly required?: true;
  readonly example: string;
}

export const statuses = agreementSchema.properties!.status.enum as readonly AgreementStatus[];
const statusValues = [...statuses, 'all'];

export const asOfParameter: QueryParameter = {
  name: 'asOf',
  description:
    "The network on that date: agreements signed on or before it, not yet replaced, of a partner in being (a former state's agreement counts until the state dissolved). Without status, every agreement of that date's network is listed, superseded since or not.",
  schema: daySchema,
  list: false,
  accepted: 'a real date as YYYY-MM-DD, e.g. 2016-05-23',
  holds: isDay,
  example: '2000-01-01',
};

export const statusParameter: QueryParameter = {
  name: 'status',
  description:
    "Only agreements with one of these statuses; `all` means every status. Without asOf, status lists every record with these statuses, the former states' agreements (USSR, Czechoslovakia) included. Default: today's network (every agreement not replaced, of a partner in being today), or, with asOf, every agreement of that date's network.",
  schema: { type: 'string', enum: statusValues },
  list: true,
  accepted: `one or more of ${statusValues.join(', ')}`,
  example: 'in-force,signed',
};

export const searchParameter: QueryParameter = {
  name: 'q',
  description:
    'Only partners with a word of their name starting with this text (`kor` finds South Korea), or whose code (agreement id, ISO 3166-1 alpha-2, alpha-3 or numeric) is this text; case and accents are ignored (`méxico` finds Mexico, `UA` Ukraine).',
  schema: { type: 'string', minLength: 1, maxLength: 100 },
  list: false,
  accepted: 'a name or code of 1 to 100 characters',
  // Spaces or accents alone (a lone combining mark) fold to nothing, which would match every partner.
  holds: (value) => searchKey(value) !== '',
  example: 'peru',
};

export const versionParameter: QueryParameter = {
  name: 'version',
  description:
    'The answer as that release gave it: a version that `/api/v1/releases` lists (`YYYY.MM.DD`, with `.N` for a later release the same day). Without it, the current data. A version that is no release is a 404 naming the releases.',
  schema: { type: 'string', pattern: versionPattern },
  list: false,
  accepted: 'a release version YYYY.MM.DD or YYYY.MM.DD.N of a real day, e.g. 2026.11.27',
  holds: isVersion,
  example: firstRelease,
};

export const countryParameter: QueryParameter = {
  name: 'country',
  description:
    "Only the changes to one partner's agreements and MRAs: an agreement or MRA id (`ukr`, `su-1990`) or the partner's ISO 3166-1 alpha-2, alpha-3 or numeric code, in any case. A code that names no partner is a 404.",
  schema: { type: 'string', pattern: '^([A-Za-z]{2,3}(-[0-9]{4})?|[0-9]{1,3})$' },
  list: false,
  accepted: 'an agreement id or an ISO 3166-1 alpha-2, alpha-3 or numeric code, e.g. UKR, ua, 804, su-1990',
  example: 'UKR',
};

/** `fields` of a kind of record: the top-level fields of its schema. */
export function fieldsParameter(record: JsonSchema, example: string): QueryParameter {
  const names = Object.keys(record.properties!);
  return {
    name: 'fields',
    description: 'Only these top-level fields of each record (a sparse fieldset); `id` is always included.',
    schema: { type: 'string', enum: names },
    list: true,
    accepted: `top-level field names among ${names.join(', ')}`,
    example,
  };
}

// The reports' filters and pages.

export const reportStatusParameter: QueryParameter = {
  name: 'status',
  description: 'Only reports with one of these statuses.',
  schema: { type: 'string', enum: reportStatuses },
  list: true,
  accepted: `one or more of ${reportStatuses.join(', ')}`,
  example: 'new,received',
};

export const reportKindParameter: QueryParameter = {
  name: 'kind',
  description: 'Only reports of these kinds.',
  schema: { type: 'string', enum: reportKinds },
  list: true,
  accepted: `one or more of ${reportKinds.join(', ')}`,
  example: 'correction',
};

export const reportAgreementParameter: QueryParameter = {
  name: 'agreement',
  description: 'Only reports about the agreement with this id (`ukr`, `eu`, `su-1990`), any case.',
  schema: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[0-9]{4})?$' },
  list: false,
  accepted: 'an agreement id such as ukr, eu or su-1990',
  example: 'ukr',
};

export const reportCountryParameter: QueryParameter = {
  name: 'country',
  description: 'Only reports about the country with this ISO 3166-1 alpha-3 code, any case.',
  schema: { type: 'string', pattern: '^[A-Za-z]{3}$' },
  list: false,
  accepted: 'an ISO 3166-1 alpha-3 code such as UKR',
  example: 'UKR',
};

export const limitParameter: QueryParameter = {
  name: 'limit',
  description: 'At most this many reports (1 to 100; default 100).',
  schema: { type: 'string', pattern: '^[0-9]{1,3}$' },
  list: false,
  accepted: 'a whole number from 1 to 100',
  holds: (value) => Number(value) >= 1 && Number(value) <= 100,
  example: '20',
};

export const offsetParameter: QueryParameter = {
  name: 'offset',
  description: 'Skip this many reports first (default 0): with `limit`, a page of the list.',
  schema: { type: 'string', pattern: '^[0-9]{1,6}$' },
  list: false,
  accepted: 'a whole number from 0 to 999999',
  example: '100',
};

export const reportFilters = [reportStatusParameter, reportKindParameter, reportAgreementParameter, reportCountryParameter, limitParameter, offsetParameter];

export const includeParameter: QueryParameter = {
  name: 'include',
  description: "`contact`: the reporter's name and e-mail as well, for a maintainer (`Authorization: Bearer <MAINTAINER_TOKEN>`); without the token it is a 401.",
  schema: { type: 'string', enum: ['contact'] },
  list: false,
  accepted: 'contact',
  example: 'contact',
};
/** oEmbed's parameters (routes/oembed.ts). */
const pixels = (what: string): QueryParameter => ({
  name: `max${what}`,
  description: `The largest ${what} the consumer can show, in CSS pixels: the embed's ${what} is at most this.`,
  schema: { type: 'string', pattern: '^[1-9][0-9]{0,4}$' },
  list: false,
  accepted: 'a whole number of pixels from 1 to 99999',
  example: what === 'width' ? '600' : '400',
});
export const oembedParameters: readonly QueryParameter[] = [
  {
    name: 'url',
    description: 'The address of a page of the atlas: `/`, `/country/{iso3}` or `/embed`, with `country` and `asOf` as the page takes them; absolute (as a consumer finds it) or a path on this atlas.',
    schema: { type: 'string', minLength: 1, maxLength: 2000 },
    list: false,
    accepted: 'the address of a page of the atlas, such as https://…/country/ukr',
    required: true,
    example: '/country/ukr',
  },
  pixels('width'),
  pixels('height'),
  {
    name: 'format',
    description: 'The format of the answer: `json` (the default). `xml` is not implemented: a 501 problem.',
    schema: { type: 'string', enum: ['json', 'xml'] },
    list: false,
    accepted: 'json (or xml, which is not implemented)',
    example: 'json',
  },
];

/** Each parameter's values, lists split at commas and merged across repeats, in the order given. */
export type QueryValues = Readonly<Record<string, readonly string[]>>;
export interface InvalidParameter { name: string; reason: string }
export type ParsedQuery =
  | { ok: true; values: QueryValues }
  | { ok: false; detail: string; invalidParams: InvalidParameter[]; acceptedParams: string[] };

const quoted = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** Checks a query string's name/value pairs against the parameters a route accepts; every fault is reported. */
export function parseQuery(pairs: Iterable<readonly [string, string]>, accepted: readonly QueryParameter[]): ParsedQuery {
  // Appended in place: a query may repeat one name thousands of times, and copying the list at each repeat
  // would take time quadratic in the query's length.
  const given = new Map<string, string[]>();
  for (const [name, value] of pairs) {
    const values = given.get(name);
    if (values) values.push(value);
    else given.set(name, [value]);
  }

  const values: Record<string, string[]> = {};
  const invalidParams: InvalidParameter[] = [];
  const unknown: string[] = [];
  for (const [name, raw] of given) {
    const parameter = accepted.find((p) => p.name === name);
    if (!parameter) {
      unknown.push(name);
      invalidParams.push({ name, reason: 'is not a parameter of this route' });
      continue;
    }
    if (!parameter.list && raw.length > 1) {
      invalidParams.push({ name, reason: 'may be given once' });
      continue;
    }
    const items = parameter.list ? raw.flatMap((v) => v.split(',')).map((v) => v.trim()) : raw;
    const wrong = items.filter((v) => schemaErrors(v, parameter.schema, name).length > 0 || parameter.holds?.(v) === false);
    if (wrong.length) invalidParams.push({ name, reason: `must be ${parameter.accepted}; got ${wrong.map(quoted).join(', ')}` });
    else values[name] = items;
  }
  for (const p of accepted) if (p.required && !given.has(p.name)) invalidParams.push({ name: p.name, reason: `is required: ${p.accepted}` });
  if (invalidParams.length === 0) return { ok: true, values };

  const acceptedParams = accepted.map((p) => p.name);
  const unknownNames = new Set(unknown);
  const details = invalidParams.filter((p) => !unknownNames.has(p.name)).map((p) => `${p.name} ${p.reason}.`);
  if (unknown.length) {
    details.unshift(
      `Unknown parameter ${unknown.map(quoted).join(', ')}. ${acceptedParams.length ? `Accepted: ${acceptedParams.join(', ')}.` : 'This route takes no parameters.'}`,
    );
  }
  return { ok: false, detail: details.join(' '), invalidParams, acceptedParams };
}

/** The one value of a parameter given once, or null. */
export const single = (values: QueryValues, name: string): string | null => values[name]?.[0] ?? null;

/**
 * The statuses `status` keeps, in the schema's order (so that equivalent queries answer the same bytes).
 * Without it: all but superseded, or, with `asOf`, every agreement of that date's network.
 */
export function chosenStatuses(values: QueryValues): AgreementStatus[] {
  const requested = values.status ?? [];
  if (requested.length === 0) return values.asOf ? [...statuses] : statuses.filter((s) => s !== 'superseded');
  return requested.includes('all') ? [...statuses] : statuses.filter((s) => requested.includes(s));
}

/** The fields `fields` keeps, in the record's order with `id` first; null for every field. */
export function chosenFields(values: QueryValues, record: JsonSchema): string[] | null {
  const requested = values.fields;
  if (!requested) return null;
  return Object.keys(record.properties!).filter((name) => name === 'id' || requested.includes(name));
}
