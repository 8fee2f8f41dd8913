// JSON Schemas of the API's response bodies, built from the data's schemas in data/schema.ts: what the
// OpenAPI document publishes and what the tests check every response against.

import {
  agreementSchema, cbpCountSchema, changeEntrySchema, daySchema, euMemberSchema, metaSchema, mraSchema,
  partialDateSchema, unconfirmedSchema, type JsonSchema,
} from '../data/schema';
import { packageFiles } from '../data/releases';
import { reportKinds, reportSchema, reportStatuses } from '../data/report';
import { statuses } from './query';

/** An object whose every property is required and no other is allowed. */
const exactly = (properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
  ...extra,
});

const count: JsonSchema = { type: 'integer', minimum: 0, description: 'How many records the answer holds.' };
const fields: JsonSchema = {
  type: ['array', 'null'],
  items: { type: 'string' },
  description: 'The fields chosen with `fields`, or null for every field.',
};
const q: JsonSchema = { type: ['string', 'null'], description: 'The search text given with `q`, or null.' };

/** A record of which `fields` may have kept only some top-level fields; `id` is always there. */
const sparse = (record: JsonSchema): JsonSchema => ({
  type: 'object',
  title: `${record.title}Fields`,
  description: `${record.title} as chosen with \`fields\`: without it every field is present, with it only those chosen and \`id\`.`,
  required: ['id'],
  additionalProperties: false,
  properties: record.properties,
});
export const agreementFieldsSchema = sparse(agreementSchema);
export const mraFieldsSchema = sparse(mraSchema);

const reconciliationSchema = exactly({
  cbpCount: {
    ...exactly({
      count: { type: 'integer', minimum: 1 },
      date: { ...partialDateSchema, type: ['string', 'null'] },
      source: { type: 'string', description: 'URL of the statement.' },
    }),
    type: ['object', 'null'],
    description: "CBP's latest stated count of agreements.",
  },
  identified: { type: 'integer', minimum: 0, description: 'Current agreements identified here, each with sources.' },
  identifiedByCountDate: { type: 'integer', minimum: 0, description: "Of those, signed by the date of CBP's latest count." },
  undated: { type: 'integer', minimum: 0, description: 'Of those, with no known signing date.' },
  unidentified: { type: 'integer', minimum: 0, description: "Agreements in CBP's count not yet identified here." },
}, { description: "How this list compares with CBP's latest stated count." });

export const agreementListSchema = exactly({
  meta: exactly({
    ...metaSchema.properties,
    count,
    asOf: { ...daySchema, type: ['string', 'null'], description: 'The date given with `asOf`, or null for today.' },
    status: { type: 'array', items: { type: 'string', enum: statuses }, description: 'The statuses kept.' },
    scope: {
      type: 'string',
      enum: ['network', 'records'],
      description:
        "`network`: the network of a date (`asOf`, or today's when neither `asOf` nor `status` is given), which holds a former state's agreement only until the state dissolved. `records`: every record with the statuses given, the former states' included.",
    },
    q,
    fields,
    reconciliation: reconciliationSchema,
  }),
  agreements: { type: 'array', items: agreementFieldsSchema },
}, { title: 'AgreementList' });

export const agreementOneSchema = exactly({
  meta: exactly({ ...metaSchema.properties, fields }),
  agreement: agreementFieldsSchema,
}, { title: 'AgreementOne' });

export const euMemberListSchema = exactly({
  meta: exactly({ ...metaSchema.properties, count }),
  euMembers: { type: 'array', items: euMemberSchema },
}, { title: 'EuMemberList' });

export const mraListSchema = exactly({
  meta: exactly({ ...metaSchema.properties, count, q, fields }),
  mras: { type: 'array', items: mraFieldsSchema },
}, { title: 'MraList' });

export const cbpCountListSchema = exactly({
  meta: exactly({ ...metaSchema.properties, count, reconciliation: reconciliationSchema }),
  cbpCounts: { type: 'array', items: cbpCountSchema },
  unconfirmed: { type: 'array', items: unconfirmedSchema },
}, { title: 'CbpCountList' });

const feedItemSchema = exactly({
  id: changeEntrySchema.properties!.id,
  url: { type: 'string', format: 'uri', description: "The atlas showing the partner the entry is about (the followed one with `country`), or its home page." },
  title: { type: 'string' },
  content_text: { type: 'string' },
  date_published: { type: 'string', format: 'date-time' },
  tags: { type: 'array', items: changeEntrySchema.properties!.change },
  _change: exactly({
    change: changeEntrySchema.properties!.change,
    version: changeEntrySchema.properties!.version,
    agreements: changeEntrySchema.properties!.agreements,
    mras: changeEntrySchema.properties!.mras,
    fields: changeEntrySchema.properties!.fields,
    reports: changeEntrySchema.properties!.reports,
  }, { description: "The change as data: its kind, the dataset version carrying it, the records and fields changed and the readers' reports it applied." }),
}, { title: 'ChangeFeedItem', description: 'One entry of data/changelog.json.' });

export const changeFeedSchema = exactly({
  version: { type: 'string', enum: ['https://jsonfeed.org/version/1.1'] },
  title: { type: 'string' },
  description: { type: 'string' },
  home_page_url: { type: 'string', format: 'uri' },
  feed_url: { type: 'string', format: 'uri' },
  language: { type: 'string' },
  items: { type: 'array', items: feedItemSchema, description: 'Newest first.' },
  _meta: exactly({
    about: { type: 'string', format: 'uri' },
    ...metaSchema.properties,
    country: {
      ...exactly({ name: { type: 'string' }, iso2: { type: ['string', 'null'] }, iso3: { type: ['string', 'null'] } }),
      type: ['object', 'null'],
      description: 'The partner followed with `country`, or null for every change.',
    },
  }, {
    description: "The dataset version, as `meta` in the API's other answers, and the partner followed (JSON Feed names extensions with a leading underscore).",
  }),
}, { title: 'ChangeFeed', description: 'A JSON Feed 1.1 of the changes to the data.' });

// Reports.

export const reportListSchema = exactly({
  meta: exactly({
    ...metaSchema.properties,
    count,
    total: { type: 'integer', minimum: 0, description: 'How many reports match the filters, over all pages.' },
    limit: { type: 'integer', minimum: 1 },
    offset: { type: 'integer', minimum: 0 },
    status: { type: ['array', 'null'], items: { type: 'string', enum: reportStatuses }, description: 'The statuses kept, or null for all.' },
    kind: { type: ['array', 'null'], items: { type: 'string', enum: reportKinds }, description: 'The kinds kept, or null for all.' },
    agreement: { type: ['string', 'null'] },
    country: { type: ['string', 'null'] },
    next: { type: ['string', 'null'], description: 'The next page, or null on the last.' },
  }),
  reports: { type: 'array', items: reportSchema, description: 'Newest first.' },
}, { title: 'ReportList' });

export const reportOneSchema = exactly({
  meta: metaSchema,
  report: reportSchema,
}, { title: 'ReportOne' });

// Releases.

const versionSchema: JsonSchema = { ...metaSchema.properties!.version, description: 'A release version.' };
const nullableVersion: JsonSchema = { ...versionSchema, type: ['string', 'null'] };
const frozenFileSchema = exactly({
  name: { type: 'string' },
  bytes: { type: 'integer', minimum: 0 },
  sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: "SHA-256 of the file's bytes, in hex." },
}, { title: 'FrozenFile' });
const tableCount: JsonSchema = { type: 'integer', minimum: 0 };

export const releaseManifestSchema = exactly({
  version: versionSchema,
  date: { ...daySchema, description: 'The day this version of the data was published.' },
  created: { type: 'string', format: 'date-time', description: 'When the release was frozen.' },
  previous: { ...nullableVersion, description: 'The release that changes.json compares it with; null for the first.' },
  counts: exactly({ agreements: tableCount, mras: tableCount, euMembers: tableCount, cbpCounts: tableCount, unconfirmed: tableCount }),
  files: { type: 'array', items: frozenFileSchema, description: `The package's files: ${packageFiles.join(', ')}.` },
  zip: { ...frozenFileSchema, description: 'All of them in one zip archive.' },
}, { title: 'Release', description: "A release's manifest: what it holds, with the size and SHA-256 of every file." });

export const releaseListSchema = exactly({
  meta: exactly({ ...metaSchema.properties, count }),
  releases: { type: 'array', items: releaseManifestSchema, description: 'Newest first.' },
}, { title: 'ReleaseList' });

const fieldChangeSchema = exactly({
  field: { type: 'string', description: 'A top-level field of the record.' },
  before: { description: 'Its value in the earlier version (null where it had none).' },
  after: { description: 'Its value in the later version.' },
}, { title: 'FieldChange' });

const tableChangesSchema = exactly({
  added: { type: 'array', items: { type: 'string' }, description: 'ids of the records added.' },
  removed: { type: 'array', items: { type: 'string' }, description: 'ids of the records removed.' },
  changed: {
    type: 'array',
    items: exactly({ id: { type: 'string' }, fields: { type: 'array', items: fieldChangeSchema } }),
    description: 'Each record changed, with its fields before and after.',
  },
}, { title: 'TableChanges' });

export const releaseChangesSchema = exactly({
  from: { ...nullableVersion, description: 'The previous release; null for the first, against which every record is added.' },
  to: versionSchema,
  ...tableChangesSchema.properties,
  mras: { ...tableChangesSchema, description: 'The MRAs, by id.' },
  euMembers: { ...tableChangesSchema, description: 'The EU member states, by iso3.' },
  changelog: { type: 'array', items: changeEntrySchema, description: 'The change log entries published since the previous release: the changes in words.' },
}, { title: 'ReleaseChanges', description: 'What changed from the previous release: the agreements added, removed and changed field by field (by id), and the same for the other tables.' });

export const dataPackageSchema: JsonSchema = {
  title: 'DataPackage',
  description: 'A Frictionless Data Package descriptor (v1): the CSV tables with their Table Schemas, and the JSON files.',
  type: 'object',
  required: ['profile', 'name', 'title', 'version', 'created', 'licenses', 'sources', 'contributors', 'resources'],
  properties: {
    version: versionSchema,
    resources: { type: 'array', minItems: 1, items: { type: 'object', required: ['name', 'path'] } },
  },
};

export const historySchema = exactly({
  meta: exactly({ ...metaSchema.properties, count }),
  id: { type: 'string', description: 'The id of the agreement the code names.' },
  history: {
    type: 'array',
    description: 'One item per release, newest first.',
    items: exactly({
      version: versionSchema,
      date: daySchema,
      change: {
        type: 'string',
        enum: ['added', 'changed', 'unchanged', 'removed', 'absent'],
        description: 'Against the release before: added (new in this one), changed, unchanged, removed (held by the one before, not this one), absent (in neither).',
      },
      agreement: { anyOf: [agreementSchema, { type: 'null' }], description: 'The record as this release held it; null where it held none.' },
      changes: { type: 'array', items: fieldChangeSchema, description: 'For changed: the fields, before and after.' },
    }),
  },
}, { title: 'AgreementHistory' });

const pixels: JsonSchema = { type: 'integer', minimum: 1 };
export const oembedSchema: JsonSchema = {
  type: 'object',
  title: 'Oembed',
  description: 'An oEmbed 1.0 answer of type rich.',
  required: ['version', 'type', 'provider_name', 'provider_url', 'title', 'html', 'width', 'height', 'cache_age'],
  additionalProperties: false,
  properties: {
    version: { type: 'string', enum: ['1.0'] },
    type: { type: 'string', enum: ['rich'] },
    provider_name: { type: 'string' },
    provider_url: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    html: { type: 'string', description: 'The <iframe> of the page\'s map, /embed.' },
    width: pixels,
    height: pixels,
    cache_age: { type: 'integer', minimum: 0, description: 'Seconds the answer may be cached.' },
    thumbnail_url: { type: 'string', format: 'uri', description: 'The page\'s preview image (PNG 1200×630); only when it fits within maxwidth and maxheight.' },
    thumbnail_width: pixels,
    thumbnail_height: pixels,
  },
};

export const problemSchema: JsonSchema = {
  title: 'Problem',
  description: 'RFC 9457 problem details.',
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'meta'],
  properties: {
    type: { type: 'string', description: 'A reference to the explanation of this kind of problem on the docs page.' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What was wrong, and what is accepted.' },
    meta: metaSchema,
    invalidParams: {
      type: 'array',
      description: 'For invalid-parameter and invalid-body: each parameter or field at fault (`contact.email`) and why.',
      items: exactly({ name: { type: 'string' }, reason: { type: 'string' } }),
    },
    acceptedParams: { type: 'array', items: { type: 'string' }, description: 'For invalid-parameter: the parameters this route accepts.' },
    knownVersions: { type: 'array', items: { type: 'string' }, description: 'For unknown-release: the releases, newest first.' },
    knownFiles: { type: 'array', items: { type: 'string' }, description: "For unknown-file: the release's files." },
  },
};

export const openApiObjectSchema: JsonSchema = {
  type: 'object',
  required: ['openapi', 'info', 'paths'],
  description: 'This OpenAPI 3.1 document.',
};
