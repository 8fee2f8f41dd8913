// Checks a dataset against the JSON Schemas in schema.ts and the rules no schema can say (real dates,
// order of dates, ISO codes, unique ids, lineage). Every message names the record and the field.

import { earliestDay, isPartialDate, latestDay } from './dates';
import {
  agreementSchema, cbpCountSchema, changeEntrySchema, euMemberSchema, metaSchema, mraSchema, unconfirmedSchema,
  type JsonSchema,
} from './schema';
import countries from './countries.json';
import type { Agreement, ChangeEntry, Country, Dataset, Partner, Source } from './types';

/** The ISO 3166-1 table the dataset's codes are checked against. */
export const countryCodes = countries as Country[];

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Errors of `value` against the subset of JSON Schema that schema.ts uses, as `path: message`. */
export function schemaErrors(value: unknown, schema: JsonSchema, path: string): string[] {
  if (schema.type !== undefined) {
    const allowed = [schema.type].flat();
    const actual = typeOf(value);
    const ok = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
    if (!ok) return [`${path}: expected ${allowed.join(' or ')}, got ${describe(value)}`];
  }
  if (value === null) return [];
  if (schema.enum && !schema.enum.includes(value as string)) {
    return [`${path}: ${describe(value)} is not one of ${schema.enum.map(String).join(', ')}`];
  }
  const errors: string[] = [];
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: must not be empty`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      errors.push(`${path}: is longer than ${schema.maxLength} characters`);
    }
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
      errors.push(`${path}: ${describe(value)} does not match ${schema.pattern}`);
    }
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    errors.push(`${path}: ${value} is below ${schema.minimum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      errors.push(`${path}: needs at least ${schema.minItems} item(s)`);
    }
    if (schema.items) value.forEach((item, i) => errors.push(...schemaErrors(item, schema.items!, `${path}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(record, key)) errors.push(`${path}.${key}: is missing`);
    }
    for (const [key, child] of Object.entries(record)) {
      // Own properties only: a key such as `__proto__` or `constructor` must not find Object.prototype's.
      const childSchema = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      if (childSchema) errors.push(...schemaErrors(child, childSchema, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: is not a known field`);
    }
  }
  return errors;
}

// ISO 3166-3 codes of the former states whose agreements passed to their successors.
const formerStates: Record<string, { iso3: string; isoNumeric: string }> = {
  SU: { iso3: 'SUN', isoNumeric: '810' },
  CS: { iso3: 'CSK', isoNumeric: '200' },
  YU: { iso3: 'YUG', isoNumeric: '891' },
};

function partnerErrors(partner: Partner, where: string, countriesByIso2: Map<string, Country>): string[] {
  const { iso2, iso3, isoNumeric, type } = partner;
  if (type === 'union') {
    return iso2 === 'EU' && iso3 === null && isoNumeric === null
      ? []
      : [`${where}.partner: the European Union has iso2 "EU" and null iso3 and isoNumeric`];
  }
  if ((type === 'former') !== (partner.dissolved !== undefined)) {
    return [`${where}.partner.dissolved: a former state, and only a former state, has the date it ceased to exist`];
  }
  if (type === 'former') {
    const former = iso2 === null ? undefined : formerStates[iso2];
    if (!former) return [`${where}.partner.iso2: ${describe(iso2)} is not a known former state (${Object.keys(formerStates).join(', ')})`];
    return former.iso3 === iso3 && former.isoNumeric === isoNumeric
      ? []
      : [`${where}.partner: ${iso2} has iso3 ${former.iso3} and isoNumeric ${former.isoNumeric}`];
  }
  const country = iso2 === null ? undefined : countriesByIso2.get(iso2);
  if (!country) return [`${where}.partner.iso2: ${describe(iso2)} is not an ISO 3166-1 code`];
  const errors: string[] = [];
  if (iso3 !== country.iso3) errors.push(`${where}.partner.iso3: ${describe(iso3)} does not match iso2 ${iso2} (${country.iso3})`);
  if (isoNumeric !== country.isoNumeric) {
    errors.push(`${where}.partner.isoNumeric: ${describe(isoNumeric)} does not match iso2 ${iso2} (${country.isoNumeric})`);
  }
  return errors;
}

function dateErrors(value: string | null, where: string, latestAllowed: string): string[] {
  if (value === null) return [];
  if (!isPartialDate(value)) return [`${where}: ${describe(value)} is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)`];
  if (earliestDay(value) > latestAllowed) return [`${where}: ${value} is after the data was last checked (${latestAllowed})`];
  return [];
}

function sourceErrors(sources: Source[], where: string, latestAllowed: string): string[] {
  const errors = sources.flatMap((source, i) => dateErrors(source.date, `${where}.sources[${i}].date`, latestAllowed));
  const seen = new Map<string, number>();
  sources.forEach((source, i) => {
    // A title is in English unless its source says otherwise: `lang: "en"` would say nothing.
    if (source.lang === 'en') errors.push(`${where}.sources[${i}].lang: "en" is the default; leave it out`);
    const first = seen.get(source.url);
    if (first !== undefined) errors.push(`${where}.sources[${i}].url: ${source.url} is cited already, as sources[${first}]; merge the two`);
    else seen.set(source.url, i);
  });
  return errors;
}

/** A field of a record by its path (`signed`, `partner.dissolved`); undefined where there is none. */
function fieldAt(record: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), record);
}

/** What a source may support besides the record's fields: `count`, CBP's running count stated in it ("the 77th"). */
export const evidenceBeyondFields = ['count'];

/** What a source supports must be a field of the record with a value: evidence for nothing known is a mistake. */
function supportErrors(record: object, sources: Source[], where: string): string[] {
  return sources.flatMap((source, i) => (source.supports ?? []).flatMap((path) => {
    if (evidenceBeyondFields.includes(path)) return [];
    const value = fieldAt(record, path);
    const at = `${where}.sources[${i}].supports`;
    if (value === undefined) return [`${at}: "${path}" is not a field of the record`];
    const empty = value === null || (path === 'signatories' && Object.values(value as Record<string, unknown[]>).every((list) => list.length === 0));
    return empty ? [`${at}: "${path}" is ${value === null ? 'null' : 'empty'} in the record; a source cannot support a value that is not known`] : [];
  }));
}

function agreementErrors(a: Agreement, byId: Map<string, Agreement>, countriesByIso2: Map<string, Country>, checked: string): string[] {
  const where = `agreement "${a.id}"`;
  const errors = [
    ...partnerErrors(a.partner, where, countriesByIso2),
    ...dateErrors(a.partner.dissolved ?? null, `${where}.partner.dissolved`, checked),
    ...dateErrors(a.signed, `${where}.signed`, checked),
    ...dateErrors(a.inForce, `${where}.inForce`, checked),
    ...sourceErrors(a.sources, where, checked),
    ...supportErrors(a, a.sources, where),
  ];
  if (a.signed && a.inForce && isPartialDate(a.signed) && isPartialDate(a.inForce) && latestDay(a.inForce) < earliestDay(a.signed)) {
    errors.push(`${where}.inForce: ${a.inForce} is before the signing date ${a.signed}`);
  }
  const { dissolved } = a.partner;
  if (dissolved && a.signed && isPartialDate(dissolved) && isPartialDate(a.signed) && latestDay(dissolved) < earliestDay(a.signed)) {
    errors.push(`${where}.partner.dissolved: ${dissolved} is before the signing date ${a.signed}`);
  }
  const base = a.id.replace(/-\d{4}$/, '');
  const expectedBase = a.partner.type === 'union' ? 'eu' : (a.partner.type === 'former' ? a.partner.iso2 : a.partner.iso3)?.toLowerCase();
  if (base !== expectedBase) errors.push(`${where}.id: should be "${expectedBase}", optionally with a -YYYY suffix`);
  for (const link of ['successorTo', 'supersededBy'] as const) {
    const target = a[link];
    if (target === null) continue;
    if (target === a.id) errors.push(`${where}.${link}: links to itself`);
    else if (!byId.has(target)) errors.push(`${where}.${link}: "${target}" is not the id of any agreement`);
  }
  if (a.supersededBy !== null && a.status !== 'superseded') {
    errors.push(`${where}.status: is "${a.status}" but supersededBy is "${a.supersededBy}"; it should be "superseded"`);
  }
  if (a.status === 'superseded' && a.supersededBy === null && a.partner.type !== 'former') {
    errors.push(`${where}.supersededBy: a superseded agreement must name the agreement that replaced it`);
  }
  if (a.status === 'signed' && a.inForce !== null) {
    errors.push(`${where}.status: is "signed" but inForce is ${a.inForce}; it should be "in-force"`);
  }
  const replacement = a.supersededBy ? byId.get(a.supersededBy) : undefined;
  if (replacement && replacement.successorTo !== a.id) {
    errors.push(`${where}.supersededBy: "${replacement.id}" does not name "${a.id}" in its successorTo`);
  }
  return errors;
}

/**
 * The changelog behind the change feed: entries in order, each carried by the version of its day, the newest
 * one carrying the current version (so that a change to the data comes with its entry), corrections naming
 * fields that exist, every agreement and MRA in the data named by some entry, and each reader's report applied
 * by one entry only. Older entries may name ids that have since changed, so only the newest version's entries
 * are held to the ids in the data.
 */
function changelogErrors(changelog: ChangeEntry[], dataset: Dataset, checked: string): string[] {
  const errors: string[] = [];
  const entryIds = new Set<string>();
  const named = { agreements: new Set<string>(), mras: new Set<string>() };
  const current = { agreements: new Set(dataset.agreements.map((a) => a.id)), mras: new Set(dataset.mras.map((m) => m.id)) };
  const fieldsOf = { agreements: Object.keys(agreementSchema.properties!), mras: Object.keys(mraSchema.properties!) };
  const latestVersion = changelog.at(-1)?.version;
  const appliedBy = new Map<string, string>();
  let previous: ChangeEntry | undefined;
  changelog.forEach((e, i) => {
    const where = `changelog entry "${e?.id ?? `#${i + 1}`}"`;
    const shape = schemaErrors(e, changeEntrySchema, where);
    errors.push(...shape);
    if (shape.length) return;
    if (entryIds.has(e.id)) errors.push(`${where}.id: is used by more than one entry`);
    entryIds.add(e.id);
    if (!e.id.startsWith(`${e.date}-`)) errors.push(`${where}.id: should start with its date, ${e.date}`);
    errors.push(...dateErrors(e.date, `${where}.date`, checked));
    if (!e.version.startsWith(e.date.replaceAll('-', '.'))) errors.push(`${where}.version: ${e.version} is not a version of ${e.date}`);
    if (previous && (e.date < previous.date || e.version < previous.version)) {
      errors.push(`${where}.date: entries go oldest first, and this one is older than "${previous.id}"`);
    }
    previous = e;
    for (const report of e.reports ?? []) {
      const earlier = appliedBy.get(report);
      if (earlier) errors.push(`${where}.reports: report "${report}" is already applied by "${earlier}"`);
      appliedBy.set(report, e.id);
    }
    if (e.agreements.length + e.mras.length === 0) errors.push(`${where}.agreements: an entry names at least one agreement or MRA`);
    if ((e.change === 'corrected') !== (e.fields.length > 0)) {
      errors.push(`${where}.fields: a correction names the fields it corrected, and only a correction does`);
    }
    for (const table of ['agreements', 'mras'] as const) {
      for (const id of e[table]) {
        named[table].add(id);
        if (e.version !== latestVersion) continue;
        if (e.change === 'removed' ? current[table].has(id) : !current[table].has(id)) {
          errors.push(`${where}.${table}: "${id}" ${e.change === 'removed' ? 'is still in' : 'is not in'} the data`);
        }
      }
      if (e[table].length === 0) continue;
      for (const field of e.fields) {
        if (!fieldsOf[table].includes(field)) errors.push(`${where}.fields: "${field}" is not a field of ${table}`);
      }
    }
  });
  if (latestVersion !== dataset.meta.version || previous?.date !== dataset.meta.updated) {
    errors.push(`changelog: the newest entry should carry meta.version ${dataset.meta.version} of ${dataset.meta.updated}`);
  }
  for (const table of ['agreements', 'mras'] as const) {
    for (const id of current[table]) {
      if (!named[table].has(id)) errors.push(`changelog: no entry names ${table} "${id}"; add the entry that added it`);
    }
  }
  return errors;
}

/** Every problem in the dataset, each naming the record and the field; empty when the data is sound. */
export function validateDataset(dataset: Dataset, countries: Country[]): string[] {
  const countriesByIso2 = new Map(countries.map((c) => [c.iso2, c]));
  const errors = schemaErrors(dataset.meta, metaSchema, 'meta');
  const checked = isPartialDate(dataset.meta.checked) ? latestDay(dataset.meta.checked) : '9999-12-31';

  const byId = new Map<string, Agreement>();
  dataset.agreements.forEach((a, i) => {
    const id = typeof a?.id === 'string' ? a.id : `#${i}`;
    const shapeErrors = schemaErrors(a, agreementSchema, `agreement "${id}"`);
    errors.push(...shapeErrors);
    if (byId.has(id)) errors.push(`agreement "${id}".id: is used by more than one agreement`);
    if (shapeErrors.length === 0) byId.set(id, a);
  });
  for (const a of byId.values()) errors.push(...agreementErrors(a, byId, countriesByIso2, checked));

  const current = new Map<string, string>();
  for (const a of byId.values()) {
    if (a.status === 'superseded') continue;
    const key = `${a.partner.type}:${a.partner.iso2}`;
    const other = current.get(key);
    if (other) errors.push(`agreement "${a.id}".status: "${other}" is also a current agreement of ${a.partner.name}; one must be superseded`);
    current.set(key, a.id);
  }

  const memberIds = new Set<string>();
  dataset.euMembers.forEach((m, i) => {
    const where = `euMember "${m?.iso3 ?? `#${i}`}"`;
    const shape = schemaErrors(m, euMemberSchema, where);
    errors.push(...shape);
    if (shape.length) return;
    if (memberIds.has(m.iso3)) errors.push(`${where}.iso3: is listed more than once`);
    memberIds.add(m.iso3);
    if (!countries.some((c) => c.iso3 === m.iso3)) errors.push(`${where}.iso3: "${m.iso3}" is not an ISO 3166-1 code`);
    errors.push(...dateErrors(m.joined, `${where}.joined`, checked), ...dateErrors(m.left, `${where}.left`, checked));
    if ((m.left === null) !== (m.coveredUntil === null)) errors.push(`${where}.coveredUntil: is set only for a member that left`);
    else if (m.left && m.coveredUntil && m.coveredUntil < m.left) errors.push(`${where}.coveredUntil: ${m.coveredUntil} is before left ${m.left}`);
    errors.push(...sourceErrors(m.sources, where, checked));
    if (m.left && m.left < m.joined) errors.push(`${where}.left: ${m.left} is before joined ${m.joined}`);
  });

  const mraIds = new Set<string>();
  dataset.mras.forEach((m, i) => {
    const where = `mra "${m?.id ?? `#${i}`}"`;
    const shape = schemaErrors(m, mraSchema, where);
    errors.push(...shape);
    if (shape.length) return;
    if (mraIds.has(m.id)) errors.push(`${where}.id: is used by more than one MRA`);
    mraIds.add(m.id);
    errors.push(...partnerErrors(m.partner, where, countriesByIso2));
    errors.push(...dateErrors(m.signed, `${where}.signed`, checked), ...sourceErrors(m.sources, where, checked));
  });

  dataset.cbpCounts.forEach((c, i) => {
    const where = `cbpCount #${i + 1} (${c?.date})`;
    const shape = schemaErrors(c, cbpCountSchema, where);
    errors.push(...shape);
    if (shape.length) return;
    errors.push(...dateErrors(c.date, `${where}.date`, checked), ...dateErrors(c.source.date, `${where}.source.date`, checked));
    for (const id of c.agreements) if (!byId.has(id)) errors.push(`${where}.agreements: "${id}" is not the id of any agreement`);
  });

  dataset.unconfirmed.forEach((u, i) => {
    const where = `unconfirmed "${u?.partner?.name ?? `#${i}`}"`;
    const shape = schemaErrors(u, unconfirmedSchema, where);
    errors.push(...shape);
    if (shape.length) return;
    errors.push(...partnerErrors(u.partner, where, countriesByIso2), ...sourceErrors(u.sources, where, checked));
    if (current.has(`${u.partner.type}:${u.partner.iso2}`)) errors.push(`${where}.partner: has a recorded agreement; it is not a lead`);
  });

  errors.push(...changelogErrors(dataset.changelog, dataset, checked));
  return errors;
}

/** Throws one error listing every problem, for the build and the tests. */
export function assertValidDataset(dataset: Dataset, countries: Country[]): void {
  const errors = validateDataset(dataset, countries);
  if (errors.length) throw new Error(`data/ has ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
}
