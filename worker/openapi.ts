// The OpenAPI 3.1 document, generated from the route table (operations.ts), the query parameters (query.ts),
// the response schemas (schemas.ts) and the data's JSON Schemas (data/schema.ts), so that nothing in it is
// written twice and it cannot drift from what the Worker checks and answers.

import { reportBodyLimit, reportInputSchema, reportPatchSchema, reportSchema } from '../data/report';
import {
  agreementSchema, cbpCountSchema, euMemberSchema, metaSchema, mraSchema, partialDateSchema, partnerSchema,
  sourceSchema, unconfirmedSchema, type JsonSchema,
} from '../data/schema';
import meta from '../data/meta.json';
import { cacheControl, immutableCacheControl, liveCacheControl, privateCacheControl } from './cache-control';
import { apiBase, operations, routeMethods, type Operation, type PathParameter } from './operations';
import { problemKinds, unavailableRetryAfter, type ProblemKind } from './problem';
import type { QueryParameter } from './query';
import {
  agreementFieldsSchema, agreementListSchema, agreementOneSchema, cbpCountListSchema, changeFeedSchema, dataPackageSchema,
  euMemberListSchema, historySchema, mraFieldsSchema, mraListSchema, problemSchema, releaseChangesSchema,
  releaseListSchema, releaseManifestSchema, reportListSchema, reportOneSchema,
} from './schemas';

/** The schemas published as components, by identity: wherever one of these objects is used, a $ref is. */
const componentNames = new Map<JsonSchema, string>([
  [agreementSchema, 'Agreement'],
  [agreementFieldsSchema, 'AgreementFields'],
  [partnerSchema, 'Partner'],
  [sourceSchema, 'Source'],
  [partialDateSchema, 'PartialDate'],
  [metaSchema, 'Meta'],
  [euMemberSchema, 'EuMember'],
  [mraSchema, 'Mra'],
  [mraFieldsSchema, 'MraFields'],
  [cbpCountSchema, 'CbpCount'],
  [unconfirmedSchema, 'Unconfirmed'],
  [agreementListSchema, 'AgreementList'],
  [agreementOneSchema, 'AgreementOne'],
  [euMemberListSchema, 'EuMemberList'],
  [mraListSchema, 'MraList'],
  [cbpCountListSchema, 'CbpCountList'],
  [changeFeedSchema, 'ChangeFeed'],
  [reportSchema, 'Report'],
  [reportListSchema, 'ReportList'],
  [reportOneSchema, 'ReportOne'],
  [reportInputSchema, 'ReportInput'],
  [reportPatchSchema, 'ReportReview'],
  [releaseListSchema, 'ReleaseList'],
  [releaseManifestSchema, 'Release'],
  [releaseChangesSchema, 'ReleaseChanges'],
  [dataPackageSchema, 'DataPackage'],
  [historySchema, 'AgreementHistory'],
  [problemSchema, 'Problem'],
]);

const ref = (kind: 'schemas' | 'responses' | 'headers', name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** The schema with its named parts as references. `$schema` and `$id` belong to the served schema document. */
function withRefs(schema: JsonSchema, asComponent = false): object {
  const name = componentNames.get(schema);
  if (name && !asComponent) return ref('schemas', name);
  const { $schema, $id, properties, items, anyOf, ...rest } = schema;
  return {
    ...rest,
    ...(properties && { properties: Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, withRefs(value)])) }),
    ...(items && { items: withRefs(items) }),
    ...(anyOf && { anyOf: anyOf.map((s) => withRefs(s)) }),
  };
}

function queryParameter(p: QueryParameter) {
  return {
    name: p.name,
    in: 'query',
    required: p.required ?? false,
    description: `${p.description} ${p.list ? 'Comma-separated; given more than once, the lists are joined.' : 'At most once.'}`,
    ...(p.list
      ? { schema: { type: 'array', items: withRefs(p.schema) }, style: 'form', explode: false, example: p.example.split(',') }
      : { schema: withRefs(p.schema), example: p.example }),
  };
}

const pathParameter = (p: PathParameter) => ({ ...p, in: 'path', required: true, schema: withRefs(p.schema) });

const successHeaders = ['ETag', 'Cache-Control', 'Vary', 'Access-Control-Allow-Origin'];

/** The response components of the problems a route can answer, and the headers that come with each. */
const problemResponses: Partial<Record<ProblemKind, { name: string; headers?: string[] }>> = {
  'invalid-parameter': { name: 'InvalidParameter' },
  'invalid-body': { name: 'InvalidBody' },
  unauthorized: { name: 'Unauthorized', headers: ['WWW-Authenticate'] },
  'unknown-partner': { name: 'UnknownPartner' },
  'unknown-report': { name: 'UnknownReport' },
  'unknown-release': { name: 'UnknownRelease' },
  'unknown-file': { name: 'UnknownFile' },
  'unknown-page': { name: 'UnknownPage' },
  'not-implemented': { name: 'NotImplemented' },
  'payload-too-large': { name: 'PayloadTooLarge' },
  'unsupported-media-type': { name: 'UnsupportedMediaType' },
  'too-many-requests': { name: 'TooManyRequests', headers: ['Retry-After'] },
  unavailable: { name: 'Unavailable', headers: ['Retry-After'] },
};

/** The problem responses of a route, by status: one kind by reference, several of one status described together. */
function problemsByStatus(op: Operation) {
  const byStatus = new Map<number, ProblemKind[]>();
  for (const kind of ['invalid-parameter', ...op.errors] as ProblemKind[]) {
    const { status } = problemKinds[kind];
    byStatus.set(status, [...(byStatus.get(status) ?? []), kind]);
  }
  return Object.fromEntries([...byStatus].map(([status, kinds]) => [
    status,
    kinds.length === 1
      ? ref('responses', problemResponses[kinds[0]]!.name)
      : problemResponse(
        kinds.map((kind) => `${kind}: ${problemKinds[kind].description}`).join(' '),
        [...new Set(kinds.flatMap((kind) => problemResponses[kind]!.headers ?? []))],
      ),
  ]));
}

function operationObject(op: Operation) {
  const status = op.answer.status ?? 200;
  const headers = op.method !== 'get'
    ? ['Cache-Control', 'Access-Control-Allow-Origin', ...(status === 201 ? ['Location'] : [])]
    : [...successHeaders, ...(op.answer.download ? ['Content-Disposition'] : [])];
  const header = (h: string) => ref('headers', h === 'Cache-Control' && op.answer.immutable ? 'ImmutableCacheControl' : h);
  const media = [{ mediaType: op.answer.mediaType, schema: op.answer.schema }, ...(op.answer.also ?? [])];
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: op.description,
    parameters: [...op.pathParameters.map(pathParameter), ...op.parameters.map(queryParameter)],
    ...(op.body && {
      requestBody: {
        required: true,
        description: `${op.body.description} At most ${reportBodyLimit / 1024} KB, as \`Content-Type: application/json\`.`,
        content: { 'application/json': { schema: withRefs(op.body.schema), example: op.body.example } },
      },
    }),
    ...(op.auth === 'maintainer' && { security: [{ maintainerToken: [] }] }),
    ...(op.auth === 'contact' && { security: [{}, { maintainerToken: [] }] }),
    responses: {
      [status]: {
        description: op.answer.description,
        headers: Object.fromEntries(headers.map((h) => [h, header(h)])),
        content: Object.fromEntries(media.map((m) => [m.mediaType, { schema: withRefs(m.schema) }])),
      },
      ...(op.method === 'get' && { 304: ref('responses', 'NotModified') }),
      ...problemsByStatus(op),
      default: ref('responses', 'Problem'),
    },
  };
}

function pathItem(path: string) {
  return Object.fromEntries(operations.filter((op) => op.path === path).map((op) => [op.method, operationObject(op)]));
}

const problemResponse = (description: string, headers: string[] = []) => ({
  description,
  headers: Object.fromEntries(['Access-Control-Allow-Origin', ...headers].map((h) => [h, ref('headers', h)])),
  content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
});

const header = (description: string, example: string) => ({ description, required: true, schema: { type: 'string' }, example });

const description = `Sourced data on the Customs Mutual Assistance Agreements (CMAAs) the United States has signed, as JSON and CSV. Human-readable docs with examples: [/api/](/api/).

- Every answer carries \`Access-Control-Allow-Origin: *\`. A successful one carries a weak \`ETag\` (send it back in \`If-None-Match\` for a \`304 Not Modified\`), \`Cache-Control: ${cacheControl}\` (a release's frozen files: \`${immutableCacheControl}\`) and \`Vary: Accept-Encoding\`. JSON answers carry the dataset's \`meta\` (\`version\`, \`updated\`, \`checked\`); this document carries it as \`x-meta\`.
- Every route answers GET, HEAD and OPTIONS: HEAD with the headers of GET and no body, OPTIONS with \`Allow\` and the CORS preflight headers. \`/reports\` also takes POST (anyone may send a report) and \`/reports/{id}\` PATCH (a maintainer, with \`Authorization: Bearer <MAINTAINER_TOKEN>\`). Any other method is a 405 problem with \`Allow\`; a path that is no route is a 404 problem.
- The reports change with every one sent: their answers carry \`Cache-Control: ${liveCacheControl}\` and an ETag of their content, and answers with contact details \`${privateCacheControl}\`.
- A query parameter that the route does not accept, a malformed value, or a second \`asOf\` or \`q\` is a 400 problem naming the accepted parameters and values. \`status\` and \`fields\` are lists: comma-separated, and given more than once they are joined.
- Errors are RFC 9457 \`application/problem+json\` with \`type\`, \`title\`, \`status\`, \`detail\` and \`meta\`. Their types:
${Object.entries(problemKinds).map(([kind, p]) => `  - \`${kind}\` (${p.status}): ${p.description}`).join('\n')}`;

export const openApiDocument = {
  openapi: '3.1.1',
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  info: { title: 'CMAA Atlas API', version: '1.0.0', summary: 'U.S. Customs Mutual Assistance Agreements, with their sources.', description },
  servers: [{ url: apiBase }],
  externalDocs: { description: 'Docs with examples in curl, JavaScript and Python', url: '/api/' },
  tags: [
    { name: 'Agreements', description: 'The agreements, as JSON and CSV.' },
    { name: 'Reference tables', description: "EU membership, mutual recognition arrangements, CBP's counts." },
    { name: 'Changes', description: 'What changed in the data, and when.' },
    { name: 'Reports', description: "Readers' corrections and agreements not listed, and what became of them: the errata log." },
    { name: 'Releases', description: 'Frozen, citable versions of the data: their files, checksums, data packages, changes, and the history of a record.' },
    { name: 'Description', description: 'This document and the JSON Schema of a record.' },
    { name: 'Embedding', description: 'The atlas in other sites: oEmbed.' },
  ],
  paths: Object.fromEntries([...new Set(operations.map((op) => op.path))].map((path) => [path, pathItem(path)])),
  components: {
    schemas: Object.fromEntries([...componentNames].map(([schema, name]) => [name, withRefs(schema, true)])),
    responses: {
      NotModified: {
        description: 'The representation has not changed since the one whose ETag was sent in If-None-Match.',
        headers: Object.fromEntries(successHeaders.map((h) => [h, ref('headers', h)])),
      },
      ...Object.fromEntries(Object.entries(problemResponses).map(([kind, { name, headers }]) => [
        name, problemResponse(problemKinds[kind as ProblemKind].description, headers),
      ])),
      Problem: problemResponse(problemKinds.internal.description),
      // No operation refers to these two: they describe the answers of a method a route lacks, and of no route.
      MethodNotAllowed: problemResponse(problemKinds['method-not-allowed'].description, ['Allow']),
      NotFound: problemResponse(problemKinds['not-found'].description),
    },
    headers: {
      ETag: header(
        "The dataset's answers: weak, the dataset version (the release's, for an answer from a release), then a hash of the deployed version and the canonical request. The reports: a hash of the answer.",
        `W/"${meta.version}-Jb1x0cbs3sB5Yx7ebGq2Fw"`,
      ),
      'Cache-Control': header(
        `The dataset's answers: fresh for an hour, then served stale for a day while a cache revalidates (${cacheControl}). The reports: ${liveCacheControl}, and ${privateCacheControl} with contact details; answers to POST and PATCH: no-store.`,
        cacheControl,
      ),
      ImmutableCacheControl: header('A frozen release file: it never changes.', immutableCacheControl),
      Vary: header('Answers differ only by compression.', 'Accept-Encoding'),
      'Access-Control-Allow-Origin': header('Any origin may read the API.', '*'),
      Allow: header('The methods the route answers.', routeMethods(`${apiBase}/agreements`)!.join(', ')),
      'Content-Disposition': header('A download, named with the dataset version (a release\'s JSON files: shown inline, with a name).', `attachment; filename="cmaa-agreements-${meta.version}.csv"`),
      Location: header('The URL of the report just stored.', `${apiBase}/reports/7k2m9q4xpr`),
      'Retry-After': header('Seconds to wait before trying again.', String(unavailableRetryAfter)),
      'WWW-Authenticate': header('The scheme the route needs: a bearer token.', 'Bearer realm="maintainers"'),
    },
    securitySchemes: {
      maintainerToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'The MAINTAINER_TOKEN secret of the deployment (locally in .dev.vars).',
      },
    },
  },
  'x-meta': meta,
};
