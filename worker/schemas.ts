// JSON Schemas of the API's response bodies, built from the data's schemas in data/schema.ts: what the
// OpenAPI document publishes and what the tests check every response against.

import {
  agreementSchema, cbpCountSchema, changeEntrySchema, daySchema, euMemberSchema, metaSchema, mraSchema,
  partialDateSchema, unconfirmedSchema, type JsonSchema,
} from '../data/schema';
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
  }, { description: 'The change as data: its kind, the dataset version carrying it and the records and fields changed.' }),
}, { title: 'ChangeFeedItem', description: 'One entry of data/changelog.json.' });

export const changeFeedSchema = exactly({
  version: { type: 'string', enum: ['https://jsonfeed.org/version/1.1'] },
  title: { type: 'string' },
  description: { type: 'string' },
  home_page_url: { type: 'string', format: 'uri' },
  feed_url: { type: 'string', format: 'uri' },
  language: { type: 'string' },
  items: { type: 'array', items: feedItemSchema, description: 'Newest first.' },
  _meta: exactly({ about: { type: 'string', format: 'uri' }, ...metaSchema.properties }, {
    description: "The dataset version, as `meta` in the API's other answers (JSON Feed names extensions with a leading underscore).",
  }),
}, { title: 'ChangeFeed', description: 'A JSON Feed 1.1 of the changes to the data.' });

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
      description: 'For invalid-parameter: each parameter at fault and why.',
      items: exactly({ name: { type: 'string' }, reason: { type: 'string' } }),
    },
    acceptedParams: { type: 'array', items: { type: 'string' }, description: 'For invalid-parameter: the parameters this route accepts.' },
  },
};

export const openApiObjectSchema: JsonSchema = {
  type: 'object',
  required: ['openapi', 'info', 'paths'],
  description: 'This OpenAPI 3.1 document.',
};
