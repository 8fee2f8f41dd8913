// The API's route table: every route under /api/v1 with its parameters, answer, errors and examples. The
// route groups in routes/ implement these entries, and the OpenAPI document (openapi.ts) and the docs page
// (docs.ts) are generated from them.

import { agreementSchema, mraSchema, type JsonSchema } from '../data/schema';
import { columnsOf } from './csv';
import type { ProblemKind } from './problem';
import {
  agreementListSchema, agreementOneSchema, cbpCountListSchema, changeFeedSchema, euMemberListSchema, mraListSchema,
  oembedSchema, openApiObjectSchema,
} from './schemas';
import { asOfParameter, fieldsParameter, oembedParameters, searchParameter, statusParameter, type QueryParameter } from './query';

export interface PathParameter {
  name: string;
  description: string;
  schema: JsonSchema;
  example: string;
}

export interface Operation {
  operationId: string;
  /** Under /api/v1, with `{name}` for a path parameter, as OpenAPI writes it. */
  path: string;
  tag: 'Agreements' | 'Reference tables' | 'Changes' | 'Description' | 'Embedding';
  summary: string;
  description: string;
  pathParameters: readonly PathParameter[];
  parameters: readonly QueryParameter[];
  /** The successful answer; a download is sent with a file name (`Content-Disposition`). */
  answer: { mediaType: string; schema: JsonSchema; description: string; download?: true };
  /** Problems particular to the route (`unavailable` where it reads the dataset); every route can answer invalid-parameter. */
  errors: readonly ProblemKind[];
  /** Request targets under /api/v1; the first is shown in curl, JavaScript and Python. */
  examples: readonly [string, ...string[]];
  /** What the examples print from the answer (`body` for JSON, `text` or `rows` for CSV). */
  readout: { javascript: string; python: string };
}

export const apiBase = '/api/v1';

const agreementFields = fieldsParameter(agreementSchema, 'partner,signed,status');
const mraFields = fieldsParameter(mraSchema, 'partner,signed,programs');
const listParameters = [asOfParameter, statusParameter, searchParameter, agreementFields];
const mraParameters = [searchParameter, mraFields];

const csvAnswer = (record: JsonSchema, what: string) => ({
  mediaType: 'text/csv',
  schema: {
    type: 'string',
    description: `RFC 4180 CSV in UTF-8 with a header line; columns: ${columnsOf(record).map((c) => c.name).join(', ')}. Empty is null.`,
  },
  description: `${what}, one per line.`,
  download: true as const,
});

const codeParameter: PathParameter = {
  name: 'code',
  description: "An agreement id (`ukr`, `eu`, `pry-2002`) or a partner's ISO 3166-1 alpha-2, alpha-3 or numeric code, in any case.",
  schema: { type: 'string', minLength: 1 },
  example: 'ua',
};

export const listAgreements: Operation = {
  operationId: 'listAgreements',
  path: '/agreements',
  tag: 'Agreements',
  summary: 'The agreements, today or on a date',
  description:
    "The current agreements (all but superseded), or the network on a date with `asOf`, filtered by status and partner. `meta` carries the dataset version, the filters applied and how the list compares with CBP's latest stated count.",
  pathParameters: [],
  parameters: listParameters,
  answer: { mediaType: 'application/json', schema: agreementListSchema, description: 'The agreements and their meta.' },
  errors: ['unavailable'],
  examples: ['/agreements?asOf=2000-01-01', '/agreements?status=superseded', '/agreements?q=peru&fields=partner,signed'],
  readout: {
    javascript: 'body.agreements.map((a) => a.partner.name)',
    python: '[a["partner"]["name"] for a in body["agreements"]]',
  },
};

export const listAgreementsCsv: Operation = {
  operationId: 'listAgreementsCsv',
  path: '/agreements.csv',
  tag: 'Agreements',
  summary: 'The agreements as CSV',
  description: 'The same rows as `/agreements` with the same parameters, as a CSV download named with the dataset version.',
  pathParameters: [],
  parameters: listParameters,
  answer: csvAnswer(agreementSchema, 'The agreements'),
  errors: ['unavailable'],
  examples: ['/agreements.csv?status=all', '/agreements.csv?fields=partner,signed,status'],
  readout: { javascript: 'text.split("\\r\\n")[0]', python: 'rows[0]["partner.name"]' },
};

export const getAgreement: Operation = {
  operationId: 'getAgreement',
  path: '/agreements/{code}',
  tag: 'Agreements',
  summary: "One partner's agreement",
  description: "The partner's current agreement (or, for a former state, its last), by agreement id or ISO code.",
  pathParameters: [codeParameter],
  parameters: [agreementFields],
  answer: { mediaType: 'application/json', schema: agreementOneSchema, description: 'The agreement and the dataset version.' },
  errors: ['unknown-partner', 'unavailable'],
  examples: ['/agreements/ua', '/agreements/804?fields=signed,signatories'],
  readout: { javascript: 'body.agreement.signed', python: 'body["agreement"]["signed"]' },
};

export const listEuMembers: Operation = {
  operationId: 'listEuMembers',
  path: '/eu-members',
  tag: 'Reference tables',
  summary: 'EU member states and their dates',
  description: 'Accession, withdrawal and the last day EU agreements covered each member: the EU agreement covers members without their own.',
  pathParameters: [],
  parameters: [],
  answer: { mediaType: 'application/json', schema: euMemberListSchema, description: 'The member states.' },
  errors: ['unavailable'],
  examples: ['/eu-members'],
  readout: { javascript: 'body.euMembers.length', python: 'len(body["euMembers"])' },
};

export const listMras: Operation = {
  operationId: 'listMras',
  path: '/mras',
  tag: 'Reference tables',
  summary: 'AEO mutual recognition arrangements',
  description: "CBP's C-TPAT mutual recognition arrangements with partner AEO programmes, filtered by partner.",
  pathParameters: [],
  parameters: mraParameters,
  answer: { mediaType: 'application/json', schema: mraListSchema, description: 'The arrangements.' },
  errors: ['unavailable'],
  examples: ['/mras', '/mras?q=korea'],
  readout: { javascript: 'body.mras.map((m) => m.partner.name)', python: '[m["partner"]["name"] for m in body["mras"]]' },
};

export const listMrasCsv: Operation = {
  operationId: 'listMrasCsv',
  path: '/mras.csv',
  tag: 'Reference tables',
  summary: 'AEO mutual recognition arrangements as CSV',
  description: 'The same rows as `/mras` with the same parameters, as a CSV download named with the dataset version.',
  pathParameters: [],
  parameters: mraParameters,
  answer: csvAnswer(mraSchema, 'The arrangements'),
  errors: ['unavailable'],
  examples: ['/mras.csv'],
  readout: { javascript: 'text.split("\\r\\n")[0]', python: 'rows[0]["partner.name"]' },
};

export const listCbpCounts: Operation = {
  operationId: 'listCbpCounts',
  path: '/cbp-counts',
  tag: 'Reference tables',
  summary: "CBP's stated counts, and reported agreements not confirmed",
  description:
    'Every count of agreements CBP or ICE has stated ("the 77th", "82 CMAAs"), how this list compares with the latest, and `unconfirmed`: agreements reported somewhere that no good source confirms (leads, not counted or mapped).',
  pathParameters: [],
  parameters: [],
  answer: { mediaType: 'application/json', schema: cbpCountListSchema, description: 'The counts and the leads.' },
  errors: ['unavailable'],
  examples: ['/cbp-counts'],
  readout: { javascript: 'body.meta.reconciliation', python: 'body["meta"]["reconciliation"]' },
};

export const listChanges: Operation = {
  operationId: 'listChanges',
  path: '/changes.json',
  tag: 'Changes',
  summary: 'The change feed',
  description: 'Additions, corrections and removals of agreements and MRAs, newest first, as a JSON Feed 1.1 that feed readers can follow.',
  pathParameters: [],
  parameters: [],
  answer: { mediaType: 'application/feed+json', schema: changeFeedSchema, description: 'The feed.' },
  errors: ['unavailable'],
  examples: ['/changes.json'],
  readout: { javascript: 'body.items.map((item) => `${item.date_published} ${item.title}`)', python: '[(i["date_published"], i["title"]) for i in body["items"]]' },
};

export const getAgreementSchema: Operation = {
  operationId: 'getAgreementSchema',
  path: '/schema/agreement.json',
  tag: 'Description',
  summary: 'The JSON Schema of an agreement',
  description: "The JSON Schema (2020-12) of an agreement record: the same object that checks the dataset at every build.",
  pathParameters: [],
  parameters: [],
  answer: {
    mediaType: 'application/schema+json',
    schema: { type: 'object', required: ['$schema', '$id', 'properties'], description: 'A JSON Schema 2020-12 document.' },
    description: 'The schema.',
  },
  errors: [],
  examples: ['/schema/agreement.json'],
  readout: { javascript: 'body.required', python: 'body["required"]' },
};

export const getOpenApi: Operation = {
  operationId: 'getOpenApi',
  path: '/openapi.json',
  tag: 'Description',
  summary: 'This OpenAPI document',
  description: 'An OpenAPI 3.1 description of every route, parameter, answer and error, generated from the route table and the schemas that check the data and the requests.',
  pathParameters: [],
  parameters: [],
  answer: { mediaType: 'application/json', schema: openApiObjectSchema, description: 'The OpenAPI document.' },
  errors: [],
  examples: ['/openapi.json'],
  readout: { javascript: 'Object.keys(body.paths)', python: 'list(body["paths"])' },
};

export const getOembed: Operation = {
  operationId: 'getOembed',
  path: '/oembed',
  tag: 'Embedding',
  summary: 'oEmbed for a page of the atlas',
  description:
    "oEmbed 1.0 (`type: rich`): the `<iframe>` of the page's map (`/embed`, with its country and date), its size within `maxwidth` and `maxheight`, its title and its preview image. Pages name it in a `<link rel=\"alternate\" type=\"application/json+oembed\">`.",
  pathParameters: [],
  parameters: oembedParameters,
  answer: { mediaType: 'application/json', schema: oembedSchema, description: 'The oEmbed answer.' },
  errors: ['unknown-page', 'not-implemented', 'unavailable'],
  examples: ['/oembed?url=/country/ukr&format=json', '/oembed?url=/country/ukr&maxwidth=600&maxheight=400'],
  readout: { javascript: 'body.html', python: 'body["html"]' },
};

/** Every route under /api/v1, in the order the docs list them. */
export const operations: readonly Operation[] = [
  listAgreements, listAgreementsCsv, getAgreement, listEuMembers, listMras, listMrasCsv, listCbpCounts, listChanges,
  getAgreementSchema, getOpenApi, getOembed,
];

/** An operation's path as Hono routes it, relative to /api/v1: `{code}` becomes `:code`. */
export const routePath = (operation: Operation) => operation.path.replace(/\{(\w+)\}/g, ':$1');

/** The docs page's paths. */
export const docsPaths = ['/api', '/api/'] as const;

const routePatterns = operations.map((o) => new RegExp(`^${apiBase}${o.path.replaceAll('.', '\\.').replace(/\{\w+\}/g, '[^/]+')}$`));

/** True if a path (as routed: Hono decodes it) is one of the API's routes, whatever the method. */
export function isApiRoute(path: string): boolean {
  return (docsPaths as readonly string[]).includes(path) || routePatterns.some((pattern) => pattern.test(path));
}
