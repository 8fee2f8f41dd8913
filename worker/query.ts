// Query parameters: what each route accepts, and pure functions that parse them. The same definitions are
// checked against the request (through the JSON Schema interpreter that checks the data), described in the
// OpenAPI document and listed on the docs page, so the three cannot disagree.

import { isDay } from '../data/dates';
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
    "The network on that date: agreements signed on or before it and not yet replaced. Without status, every agreement of that date's network is listed, superseded since or not.",
  schema: daySchema,
  list: false,
  accepted: 'a real date as YYYY-MM-DD, e.g. 2016-05-23',
  holds: isDay,
  example: '2000-01-01',
};

export const statusParameter: QueryParameter = {
  name: 'status',
  description:
    'Only agreements with one of these statuses; `all` means every status. Default: all but superseded, or, with asOf, every status.',
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
