// The API's route table: every route under /api/v1 with its parameters, answer, errors and examples. The
// route groups in routes/ implement these entries, and the OpenAPI document (openapi.ts) and the docs page
// (docs.ts) are generated from them.

import { firstRelease, packageFiles, versionPattern } from '../data/releases';
import { reportInputSchema, reportPatchSchema } from '../data/report';
import { agreementSchema, mraSchema, type JsonSchema } from '../data/schema';
import { columnsOf } from './csv';
import type { ProblemKind } from './problem';
import {
  agreementListSchema, agreementOneSchema, cbpCountListSchema, changeFeedSchema, dataPackageSchema, euMemberListSchema,
  historySchema, mraListSchema, oembedSchema, openApiObjectSchema, releaseChangesSchema, releaseListSchema,
  releaseManifestSchema, reportListSchema, reportOneSchema,
} from './schemas';
import {
  asOfParameter, countryParameter, fieldsParameter, includeParameter, oembedParameters, reportFilters, searchParameter,
  statusParameter, versionParameter, type QueryParameter,
} from './query';

export interface PathParameter {
  name: string;
  description: string;
  schema: JsonSchema;
  example: string;
}

/** The methods a route is written for; GET routes answer HEAD too, and every route OPTIONS. */
export type Method = 'get' | 'post' | 'patch';

export interface Operation {
  operationId: string;
  method: Method;
  /** Under /api/v1, with `{name}` for a path parameter, as OpenAPI writes it. */
  path: string;
  tag: 'Agreements' | 'Reference tables' | 'Changes' | 'Reports' | 'Releases' | 'Description' | 'Embedding';
  summary: string;
  description: string;
  pathParameters: readonly PathParameter[];
  parameters: readonly QueryParameter[];
  /** The JSON body a POST or PATCH takes, with the example the docs send. */
  body?: { schema: JsonSchema; description: string; example: Record<string, unknown> };
  /**
   * `maintainer`: only with `Authorization: Bearer <MAINTAINER_TOKEN>`; `contact`: open, but `include=contact`
   * needs the token.
   */
  auth?: 'maintainer' | 'contact';
  /**
   * The successful answer: 200 unless `status` says otherwise; a download is sent with a file name
   * (`Content-Disposition`). `also` lists other media types the route answers with (a release's JSON files
   * beside its CSV tables); `immutable` answers never change (`Cache-Control: public, max-age=31536000,
   * immutable`).
   */
  answer: {
    status?: 201; mediaType: string; schema: JsonSchema; description: string; download?: true; immutable?: true;
    also?: readonly { mediaType: string; schema: JsonSchema }[];
  };
  /**
   * Problems particular to the route (`unavailable` where it reads the dataset or the reports); every route
   * can answer invalid-parameter.
   */
  errors: readonly ProblemKind[];
  /** Request targets under /api/v1; the first is shown in curl, JavaScript and Python. */
  examples: readonly [string, ...string[]];
  /** What the examples print from the answer (`body` for JSON, `text` or `rows` for CSV). */
  readout: { javascript: string; python: string };
}

export const apiBase = '/api/v1';

const agreementFields = fieldsParameter(agreementSchema, 'partner,signed,status');
const mraFields = fieldsParameter(mraSchema, 'partner,signed,programs');
const listParameters = [asOfParameter, statusParameter, searchParameter, agreementFields, versionParameter];
const mraParameters = [searchParameter, mraFields];

const csvReadout = { javascript: 'text.split("\\r\\n")[0]', python: 'rows[0]["partner.name"]' };

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
  method: 'get',
  operationId: 'listAgreements',
  path: '/agreements',
  tag: 'Agreements',
  summary: 'The agreements, today or on a date',
  description:
    "Today's network (every agreement not replaced, with a partner in being today), or the network on a date with `asOf`, filtered by status and partner; `status` without `asOf` lists the records with those statuses, `all` every record. `meta` carries the dataset version, the filters applied, the scope and how the list compares with CBP's latest stated count.",
  pathParameters: [],
  parameters: listParameters,
  answer: { mediaType: 'application/json', schema: agreementListSchema, description: 'The agreements and their meta.' },
  errors: ['unknown-release', 'unavailable'],
  examples: ['/agreements?asOf=2000-01-01', '/agreements?status=superseded', '/agreements?q=peru&fields=partner,signed', `/agreements?version=${firstRelease}`],
  readout: {
    javascript: 'body.agreements.map((a) => a.partner.name)',
    python: '[a["partner"]["name"] for a in body["agreements"]]',
  },
};

export const listAgreementsCsv: Operation = {
  method: 'get',
  operationId: 'listAgreementsCsv',
  path: '/agreements.csv',
  tag: 'Agreements',
  summary: 'The agreements as CSV',
  description: 'The same rows as `/agreements` with the same parameters, as a CSV download named with the dataset version.',
  pathParameters: [],
  parameters: listParameters,
  answer: csvAnswer(agreementSchema, 'The agreements'),
  errors: ['unknown-release', 'unavailable'],
  examples: ['/agreements.csv?status=all', '/agreements.csv?fields=partner,signed,status', `/agreements.csv?status=all&version=${firstRelease}`],
  readout: csvReadout,
};

export const getAgreement: Operation = {
  method: 'get',
  operationId: 'getAgreement',
  path: '/agreements/{code}',
  tag: 'Agreements',
  summary: "One partner's agreement",
  description: "The partner's current agreement (or, for a former state, its last), by agreement id or ISO code.",
  pathParameters: [codeParameter],
  parameters: [agreementFields, versionParameter],
  answer: { mediaType: 'application/json', schema: agreementOneSchema, description: 'The agreement and the dataset version.' },
  errors: ['unknown-partner', 'unknown-release', 'unavailable'],
  examples: ['/agreements/ua', '/agreements/804?fields=signed,signatories', `/agreements/ukr?version=${firstRelease}`],
  readout: { javascript: 'body.agreement.signed', python: 'body["agreement"]["signed"]' },
};

export const listEuMembers: Operation = {
  method: 'get',
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
  method: 'get',
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
  method: 'get',
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
  readout: csvReadout,
};

export const listCbpCounts: Operation = {
  method: 'get',
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
  method: 'get',
  operationId: 'listChanges',
  path: '/changes.json',
  tag: 'Changes',
  summary: 'The change feed',
  description:
    'Additions, corrections and removals of agreements and MRAs, newest first, as a JSON Feed 1.1 that feed readers can follow; with `country`, only those of one partner.',
  pathParameters: [],
  parameters: [countryParameter],
  answer: { mediaType: 'application/feed+json', schema: changeFeedSchema, description: 'The feed.' },
  errors: ['unknown-partner', 'unavailable'],
  examples: ['/changes.json', '/changes.json?country=UKR'],
  readout: { javascript: 'body.items.map((item) => `${item.date_published} ${item.title}`)', python: '[(i["date_published"], i["title"]) for i in body["items"]]' },
};

export const listChangesAtom: Operation = {
  method: 'get',
  operationId: 'listChangesAtom',
  path: '/changes.atom',
  tag: 'Changes',
  summary: 'The change feed as Atom',
  description: 'The same feed as `/changes.json`, as Atom 1.0 (RFC 4287) for feed readers that want it; with `country`, only the changes of one partner.',
  pathParameters: [],
  parameters: [countryParameter],
  answer: { mediaType: 'application/atom+xml', schema: { type: 'string', description: 'An Atom 1.0 feed.' }, description: 'The feed.' },
  errors: ['unknown-partner', 'unavailable'],
  examples: ['/changes.atom?country=UKR', '/changes.atom'],
  readout: { javascript: 'text.match(/<title>[^<]*/g)', python: 're.findall(r"<title>([^<]*)", text)' },
};

const versionPathParameter: PathParameter = {
  name: 'version',
  description: 'A release version, as `/api/v1/releases` lists them: `YYYY.MM.DD`, with `.N` for a later release the same day. A malformed version is a 400, one that is no release a 404 naming the releases.',
  schema: { type: 'string', pattern: versionPattern },
  example: firstRelease,
};

const immutably = 'Frozen: it never changes, and is cached as immutable.';

export const listReleases: Operation = {
  method: 'get',
  operationId: 'listReleases',
  path: '/releases',
  tag: 'Releases',
  summary: 'The releases',
  description: 'Every frozen release of the data, newest first: its version, date, counts, and the size and SHA-256 of each of its files. Cite a release by its version.',
  pathParameters: [],
  parameters: [],
  answer: { mediaType: 'application/json', schema: releaseListSchema, description: 'The releases.' },
  errors: ['unavailable'],
  examples: ['/releases'],
  readout: { javascript: 'body.releases.map((r) => r.version)', python: '[r["version"] for r in body["releases"]]' },
};

export const getReleaseArchive: Operation = {
  method: 'get',
  operationId: 'getReleaseArchive',
  path: '/releases/{version}.zip',
  tag: 'Releases',
  summary: 'A release in one download',
  description: `Every file of the release's package in one zip archive. ${immutably}`,
  pathParameters: [versionPathParameter],
  parameters: [],
  answer: { mediaType: 'application/zip', schema: { type: 'string', description: 'A zip archive.' }, description: 'The archive.', download: true, immutable: true },
  errors: ['unknown-release', 'unavailable'],
  examples: [`/releases/${firstRelease}.zip`],
  readout: { javascript: 'bytes.byteLength', python: 'len(data)' },
};

export const getRelease: Operation = {
  method: 'get',
  operationId: 'getRelease',
  path: '/releases/{version}',
  tag: 'Releases',
  summary: "A release's manifest",
  description: `One release, as \`/releases\` lists it: its files with their sizes and SHA-256. ${immutably}`,
  pathParameters: [versionPathParameter],
  parameters: [],
  answer: { mediaType: 'application/json', schema: releaseManifestSchema, description: 'The manifest.', immutable: true },
  errors: ['unknown-release', 'unavailable'],
  examples: [`/releases/${firstRelease}`],
  readout: { javascript: 'body.files.map((f) => `${f.name} ${f.sha256}`)', python: '[(f["name"], f["sha256"]) for f in body["files"]]' },
};

export const getReleaseChanges: Operation = {
  method: 'get',
  operationId: 'getReleaseChanges',
  path: '/releases/{version}/changes',
  tag: 'Releases',
  summary: 'What a release changed',
  description: `The agreements added, removed and changed field by field (before and after) against the previous release, the same for the MRAs and the EU member states, and the change log entries since. ${immutably}`,
  pathParameters: [versionPathParameter],
  parameters: [],
  answer: { mediaType: 'application/json', schema: releaseChangesSchema, description: 'The changes.', immutable: true },
  errors: ['unknown-release', 'unavailable'],
  examples: [`/releases/${firstRelease}/changes`],
  readout: { javascript: 'body.changed.map((c) => c.id)', python: '[c["id"] for c in body["changed"]]' },
};

export const getReleaseDataPackage: Operation = {
  method: 'get',
  operationId: 'getReleaseDataPackage',
  path: '/releases/{version}/datapackage.json',
  tag: 'Releases',
  summary: "A release's Frictionless Data Package",
  description: `The descriptor of the release's package (Frictionless Data Package v1): the CSV tables, each with a Table Schema made from the schema that checks the data, and the JSON files; version, created, licenses, sources and contributors. ${immutably}`,
  pathParameters: [versionPathParameter],
  parameters: [],
  answer: { mediaType: 'application/json', schema: dataPackageSchema, description: 'The descriptor.', immutable: true },
  errors: ['unknown-release', 'unavailable'],
  examples: [`/releases/${firstRelease}/datapackage.json`],
  readout: { javascript: 'body.resources.map((r) => r.path)', python: '[r["path"] for r in body["resources"]]' },
};

export const getReleaseFile: Operation = {
  method: 'get',
  operationId: 'getReleaseFile',
  path: '/releases/{version}/{file}',
  tag: 'Releases',
  summary: 'A file of a release',
  description: `A frozen file of the release, byte for byte as its manifest's SHA-256 says: ${packageFiles.map((f) => `\`${f}\``).join(', ')}. The CSV tables are downloads. ${immutably}`,
  pathParameters: [
    versionPathParameter,
    { name: 'file', description: `The file's name: ${packageFiles.join(', ')}. Any other is a 404 naming them.`, schema: { type: 'string', minLength: 1 }, example: 'agreements.csv' },
  ],
  parameters: [],
  answer: {
    mediaType: 'text/csv',
    schema: { type: 'string', description: "RFC 4180 CSV in UTF-8 with a header line, as the table's Table Schema in datapackage.json describes it. Empty is null." },
    description: 'The file.',
    download: true,
    immutable: true,
    also: [{ mediaType: 'application/json', schema: { type: 'object', description: 'The JSON files: dataset.json, changes.json, datapackage.json.' } }],
  },
  errors: ['unknown-release', 'unknown-file', 'unavailable'],
  examples: [`/releases/${firstRelease}/agreements.csv`, `/releases/${firstRelease}/dataset.json`],
  readout: csvReadout,
};

export const getAgreementHistory: Operation = {
  method: 'get',
  operationId: 'getAgreementHistory',
  path: '/agreements/{code}/history',
  tag: 'Releases',
  summary: "One agreement's history",
  description:
    "Every release's value of the agreement the code names (as `/agreements/{code}` resolves it; an id no longer current is found in the releases) and what changed in it, field by field, newest first.",
  pathParameters: [codeParameter],
  parameters: [],
  answer: { mediaType: 'application/json', schema: historySchema, description: 'The history.' },
  errors: ['unknown-partner', 'unavailable'],
  examples: ['/agreements/ukr/history'],
  readout: { javascript: 'body.history.map((h) => `${h.version} ${h.change}`)', python: '[(h["version"], h["change"]) for h in body["history"]]' },
};

export const getAgreementSchema: Operation = {
  method: 'get',
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
  method: 'get',
  operationId: 'getOpenApi',
  path: '/openapi.json',
  tag: 'Description',
  summary: 'This OpenAPI document',
  description: 'An OpenAPI 3.1 description of every route, parameter, answer and error, generated from the route table and the schemas that check the data and the requests.',
  pathParameters: [],
  parameters: [],
  answer: { mediaType: 'application/json', schema: openApiObjectSchema, description: 'The OpenAPI document.' },
  errors: ['unavailable'],
  examples: ['/openapi.json'],
  readout: { javascript: 'Object.keys(body.paths)', python: 'list(body["paths"])' },
};

const reportIdParameter: PathParameter = {
  name: 'id',
  description: 'The id of a report, as `POST /reports` answered it.',
  schema: { type: 'string', pattern: '^[0-9a-z]{10}$' },
  example: '7k2m9q4xpr',
};

export const listReports: Operation = {
  method: 'get',
  operationId: 'listReports',
  path: '/reports',
  tag: 'Reports',
  summary: "Readers' reports: the public errata log",
  description:
    'Corrections and agreements reported by readers, newest first, with their status, the reply and every status they have had. Contact details are never part of it, unless a maintainer asks with `include=contact`.',
  pathParameters: [],
  parameters: [...reportFilters, includeParameter],
  auth: 'contact',
  answer: { mediaType: 'application/json', schema: reportListSchema, description: 'The reports and how many there are.' },
  errors: ['unauthorized', 'unavailable'],
  examples: ['/reports', '/reports?status=accepted', '/reports?country=UKR&limit=10'],
  readout: {
    javascript: 'body.reports.map((r) => `${r.id} ${r.status}: ${r.comment}`)',
    python: '[(r["id"], r["status"]) for r in body["reports"]]',
  },
};

export const createReport: Operation = {
  method: 'post',
  operationId: 'createReport',
  path: '/reports',
  tag: 'Reports',
  summary: 'Send a correction or an agreement we do not list',
  description:
    'Anyone may send a report; it is published at once in the errata log (all but `contact`). At most 5 reports a minute from one address (429 with `Retry-After` beyond); a body over 16 KB is a 413, one that is not `application/json` a 415.',
  pathParameters: [],
  parameters: [],
  body: {
    schema: reportInputSchema,
    description: 'The report.',
    example: {
      kind: 'correction',
      agreement: 'ukr',
      field: 'signedPlace',
      proposed: 'Kyiv',
      source: 'https://www.cbp.gov/newsroom/national-media-release/united-states-and-ukraine-sign-customs-mutual-assistance-agreement',
      comment: 'The release names the place of signature.',
    },
  },
  answer: { status: 201, mediaType: 'application/json', schema: reportOneSchema, description: 'The report as published; `Location` is its URL.' },
  errors: ['invalid-body', 'payload-too-large', 'unsupported-media-type', 'too-many-requests', 'unavailable'],
  examples: ['/reports'],
  readout: { javascript: 'body.report.id', python: 'body["report"]["id"]' },
};

export const getReport: Operation = {
  method: 'get',
  operationId: 'getReport',
  path: '/reports/{id}',
  tag: 'Reports',
  summary: 'One report',
  description: 'A report with its status, the reply and every status it has had, with their times.',
  pathParameters: [reportIdParameter],
  parameters: [includeParameter],
  auth: 'contact',
  answer: { mediaType: 'application/json', schema: reportOneSchema, description: 'The report.' },
  errors: ['unknown-report', 'unauthorized', 'unavailable'],
  examples: ['/reports/7k2m9q4xpr'],
  readout: { javascript: 'body.report.status', python: 'body["report"]["status"]' },
};

export const reviewReport: Operation = {
  method: 'patch',
  operationId: 'reviewReport',
  path: '/reports/{id}',
  tag: 'Reports',
  summary: "A maintainer's decision on a report",
  description:
    'Sets the status (`received`, `accepted`, `rejected` or `duplicate`) with an optional public reply; the change is added to the history with its time. Closing a report (accepted, rejected, duplicate) erases its contact details. Needs `Authorization: Bearer <MAINTAINER_TOKEN>`.',
  pathParameters: [reportIdParameter],
  parameters: [],
  body: {
    schema: reportPatchSchema,
    description: 'The decision.',
    example: { status: 'accepted', reply: 'Thank you: corrected in the next release.' },
  },
  auth: 'maintainer',
  answer: { mediaType: 'application/json', schema: reportOneSchema, description: 'The report as it now stands.' },
  errors: ['invalid-body', 'unauthorized', 'unknown-report', 'payload-too-large', 'unsupported-media-type', 'unavailable'],
  examples: ['/reports/7k2m9q4xpr'],
  readout: { javascript: 'body.report.history', python: 'body["report"]["history"]' },
};

export const getOembed: Operation = {
  method: 'get',
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
  listAgreements, listAgreementsCsv, getAgreement, getAgreementHistory, listEuMembers, listMras, listMrasCsv, listCbpCounts,
  listChanges, listChangesAtom, listReports, createReport, getReport, reviewReport, listReleases, getReleaseArchive, getRelease,
  getReleaseChanges, getReleaseDataPackage, getReleaseFile, getAgreementSchema, getOpenApi, getOembed,
];

/**
 * An operation's path as Hono routes it, relative to /api/v1: `{code}` becomes `:code`, and `{version}.zip` a
 * parameter that matches a segment ending in `.zip` (which the route strips).
 */
export const routePath = (operation: Operation) =>
  operation.path.replace(/\{(\w+)\}\.(\w+)$/, ':$1{[^/]+\\.$2}').replace(/\{(\w+)\}/g, ':$1');

/** The docs page's paths. */
export const docsPaths = ['/api', '/api/'] as const;

const methodOrder = ['GET', 'HEAD', 'POST', 'PATCH', 'OPTIONS'];
const routes = new Map<string, { pattern: RegExp; methods: string[] }>();
for (const o of operations) {
  const route = routes.get(o.path) ?? { pattern: new RegExp(`^${apiBase}${o.path.replaceAll('.', '\\.').replace(/\{\w+\}/g, '[^/]+')}$`), methods: ['OPTIONS'] };
  route.methods.push(...(o.method === 'get' ? ['GET', 'HEAD'] : [o.method.toUpperCase()]));
  route.methods.sort((a, b) => methodOrder.indexOf(a) - methodOrder.indexOf(b));
  routes.set(o.path, route);
}

/** The methods a path (as routed: Hono decodes it) answers, or null if it is no route of the API. */
export function routeMethods(path: string): readonly string[] | null {
  if ((docsPaths as readonly string[]).includes(path)) return ['GET', 'HEAD', 'OPTIONS'];
  for (const route of routes.values()) if (route.pattern.test(path)) return route.methods;
  return null;
}
