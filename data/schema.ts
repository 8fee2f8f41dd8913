// JSON Schema (2020-12) of the dataset's records. One source for three uses: validating data/ at build and in
// tests (validate.ts interprets these objects), the published schema, and the API's OpenAPI document.

export type JsonSchema = {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  /** An annotation here (e.g. `date`): what `pattern` and the rules in validate.ts check is the real test. */
  format?: string;
  enum?: readonly (string | number | boolean | null)[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  required?: readonly string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  items?: JsonSchema;
  /** Used by the API's response schemas only (validate.ts does not interpret it). */
  anyOf?: readonly JsonSchema[];
  examples?: readonly unknown[];
};

const nullable = (schema: JsonSchema): JsonSchema => ({ ...schema, type: [schema.type as string, 'null'] });

export const partialDateSchema: JsonSchema = {
  type: 'string',
  pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$',
  description: 'ISO 8601 date YYYY-MM-DD, or YYYY-MM / YYYY where only that much is known.',
  examples: ['2016-05-23', '1997-05', '1990'],
};

const text: JsonSchema = { type: 'string', minLength: 1 };

export const sourceSchema: JsonSchema = {
  type: 'object',
  description: 'A piece of evidence for the record.',
  required: ['url', 'title', 'publisher', 'date'],
  additionalProperties: false,
  properties: {
    url: { type: 'string', pattern: '^https?://[^\\s]+$', description: 'Where the evidence was published.' },
    title: text,
    lang: {
      type: 'string',
      pattern: '^[a-z]{2,3}$',
      description: "The language of the title where it is not English (ISO 639-1, else 639-2), so that the page marks it.",
      examples: ['pt', 'uk'],
    },
    publisher: text,
    date: { ...nullable(partialDateSchema), description: 'Publication date of the source.' },
    supports: { type: 'array', items: text, description: "The record's fields this source is evidence for." },
  },
};

export const partnerSchema: JsonSchema = {
  type: 'object',
  required: ['name', 'iso2', 'iso3', 'isoNumeric', 'type'],
  additionalProperties: false,
  properties: {
    name: text,
    iso2: { type: ['string', 'null'], pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 (EU for the European Union).' },
    iso3: { type: ['string', 'null'], pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3 (ISO 3166-3 for former states).' },
    isoNumeric: { type: ['string', 'null'], pattern: '^[0-9]{3}$', description: 'ISO 3166-1 numeric, three digits.' },
    type: { type: 'string', enum: ['country', 'territory', 'union', 'former'] },
    dissolved: {
      ...partialDateSchema,
      description: "A former state only: the day it ceased to exist. Its agreements belong to the network through that day, and after it only through its successors' records.",
    },
  },
};

const signatorySchema: JsonSchema = {
  type: 'object',
  required: ['name', 'title'],
  additionalProperties: false,
  properties: { name: text, title: nullable(text) },
};

const sourcesSchema: JsonSchema = { type: 'array', minItems: 1, items: sourceSchema };

export const agreementSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/api/v1/schema/agreement.json',
  title: 'Agreement',
  description: 'A Customs Mutual Assistance Agreement between the United States and one partner.',
  type: 'object',
  required: [
    'id', 'partner', 'signed', 'signedPlace', 'inForce', 'status', 'binding', 'signatories',
    'successorTo', 'supersededBy', 'sources', 'confidence', 'notes',
  ],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: '^[a-z]{2,3}(-[0-9]{4})?$',
      description: 'Lower-case ISO alpha-3 of the partner (eu for the European Union); a replaced agreement has a year suffix.',
      examples: ['ukr', 'eu', 'su-1990'],
    },
    partner: partnerSchema,
    signed: nullable(partialDateSchema),
    signedPlace: nullable(text),
    inForce: { ...nullable(partialDateSchema), description: 'Entry into force.' },
    status: {
      type: 'string',
      enum: ['in-force', 'signed', 'superseded'],
      description: 'signed: no evidence of entry into force yet; superseded: replaced by a later agreement.',
    },
    binding: { type: ['boolean', 'null'], description: 'false where CBP marks the agreement non-binding.' },
    signatories: {
      type: 'object',
      required: ['us', 'partner'],
      additionalProperties: false,
      properties: {
        us: { type: 'array', items: signatorySchema },
        partner: { type: 'array', items: signatorySchema },
      },
    },
    successorTo: { type: ['string', 'null'], description: 'id of the agreement this one replaces or inherits.' },
    supersededBy: { type: ['string', 'null'], description: 'id of the agreement that replaced this one.' },
    sources: sourcesSchema,
    confidence: { type: 'string', enum: ['high', 'medium', 'low'] },
    notes: nullable(text),
  },
};

export const euMemberSchema: JsonSchema = {
  title: 'EuMember',
  type: 'object',
  required: ['name', 'iso3', 'joined', 'left', 'coveredUntil', 'sources'],
  additionalProperties: false,
  properties: {
    name: text,
    iso3: { type: 'string', pattern: '^[A-Z]{3}$' },
    joined: partialDateSchema,
    left: nullable(partialDateSchema),
    coveredUntil: { ...nullable(partialDateSchema), description: 'Last day EU agreements applied to it (end of a transition period).' },
    sources: sourcesSchema,
  },
};

export const mraSchema: JsonSchema = {
  title: 'Mra',
  description: 'An AEO Mutual Recognition Arrangement between CBP (C-TPAT) and a partner customs administration.',
  type: 'object',
  required: ['id', 'partner', 'signed', 'signedPlace', 'programs', 'sources', 'notes'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z]{2,3}(-[0-9]{4})?$' },
    partner: partnerSchema,
    signed: nullable(partialDateSchema),
    signedPlace: nullable(text),
    programs: {
      type: 'object',
      required: ['us', 'partner'],
      additionalProperties: false,
      properties: { us: nullable(text), partner: nullable(text) },
    },
    sources: sourcesSchema,
    notes: nullable(text),
  },
};

export const cbpCountSchema: JsonSchema = {
  title: 'CbpCount',
  type: 'object',
  required: ['date', 'count', 'kind', 'agreements', 'statement', 'source'],
  additionalProperties: false,
  properties: {
    date: { ...nullable(partialDateSchema), description: 'When the statement was published; null where no copy shows it.' },
    count: { type: 'integer', minimum: 1 },
    kind: { type: 'string', enum: ['ordinal', 'total'] },
    agreements: { type: 'array', items: text, description: 'ids of the agreements the statement announced.' },
    statement: text,
    source: sourceSchema,
  },
};

export const unconfirmedSchema: JsonSchema = {
  title: 'Unconfirmed',
  description: 'A reported agreement that no source good enough confirms: a lead, not counted or mapped.',
  type: 'object',
  required: ['partner', 'claim', 'finding', 'sources'],
  additionalProperties: false,
  properties: { partner: partnerSchema, claim: text, finding: text, sources: sourcesSchema },
};

export const metaSchema: JsonSchema = {
  type: 'object',
  required: ['version', 'updated', 'checked'],
  additionalProperties: false,
  properties: {
    version: { type: 'string', pattern: '^[0-9]{4}\\.[0-9]{2}\\.[0-9]{2}(\\.[0-9]+)?$' },
    updated: partialDateSchema,
    checked: partialDateSchema,
  },
};

/** A whole day, `YYYY-MM-DD` (validate.ts also checks that it is a real date). */
export const daySchema: JsonSchema = { type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };

export const changeEntrySchema: JsonSchema = {
  title: 'ChangeEntry',
  description: 'One change to the data: agreements and MRAs added, corrected or removed, on the day it was published.',
  type: 'object',
  required: ['id', 'date', 'version', 'change', 'title', 'summary', 'agreements', 'mras', 'fields'],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$',
      description: 'Stable: the date and a slug.',
      examples: ['2026-11-27-first-publication'],
    },
    date: { ...daySchema, description: 'The day the change was published.' },
    version: { ...metaSchema.properties!.version, description: 'The dataset version that carries the change (meta.version).' },
    change: { type: 'string', enum: ['added', 'corrected', 'removed'] },
    title: text,
    summary: { ...text, description: 'What changed and why, with the evidence where it is new.' },
    agreements: { type: 'array', items: agreementSchema.properties!.id, description: 'ids of the agreements changed.' },
    mras: { type: 'array', items: mraSchema.properties!.id, description: 'ids of the MRAs changed.' },
    fields: { type: 'array', items: text, description: 'For a correction, the fields corrected; empty otherwise.' },
    reports: {
      type: 'array',
      items: { type: 'string', pattern: '^[0-9a-z]{10}$' },
      description: "ids of the readers' reports this change applies (/api/v1/reports/{id}); optional.",
    },
  },
};
