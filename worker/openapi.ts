// The OpenAPI 3.1 document, generated from the route table (operations.ts), the query parameters (query.ts),
// the response schemas (schemas.ts) and the data's JSON Schemas (data/schema.ts), so that nothing in it is
// written twice and it cannot drift from what the Worker checks and answers.

import {
  agreementSchema, cbpCountSchema, euMemberSchema, metaSchema, mraSchema, partialDateSchema, partnerSchema,
  sourceSchema, unconfirmedSchema, type JsonSchema,
} from '../data/schema';
import meta from '../data/meta.json';
import { allowedMethods, cacheControl } from './http';
import { apiBase, operations, type Operation, type PathParameter } from './operations';
import { problemKinds } from './problem';
import type { QueryParameter } from './query';
import {
  agreementFieldsSchema, agreementListSchema, agreementOneSchema, cbpCountListSchema, changeFeedSchema,
  euMemberListSchema, mraFieldsSchema, mraListSchema, problemSchema,
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
  [problemSchema, 'Problem'],
]);

const ref = (kind: 'schemas' | 'responses' | 'headers', name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** The schema with its named parts as references. `$schema` and `$id` belong to the served schema document. */
function withRefs(schema: JsonSchema, asComponent = false): object {
  const name = componentNames.get(schema);
  if (name && !asComponent) return ref('schemas', name);
  const { $schema, $id, properties, items, ...rest } = schema;
  return {
    ...rest,
    ...(properties && { properties: Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, withRefs(value)])) }),
    ...(items && { items: withRefs(items) }),
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

function pathItem(op: Operation) {
  const headers = [...successHeaders, ...(op.answer.download ? ['Content-Disposition'] : [])];
  return {
    get: {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      description: op.description,
      parameters: [...op.pathParameters.map(pathParameter), ...op.parameters.map(queryParameter)],
      responses: {
        200: {
          description: op.answer.description,
          headers: Object.fromEntries(headers.map((h) => [h, ref('headers', h)])),
          content: { [op.answer.mediaType]: { schema: withRefs(op.answer.schema) } },
        },
        304: ref('responses', 'NotModified'),
        400: ref('responses', 'InvalidParameter'),
        ...(op.errors.includes('unknown-partner') && { 404: ref('responses', 'UnknownPartner') }),
        ...(op.errors.includes('unknown-page') && { 404: ref('responses', 'UnknownPage') }),
        ...(op.errors.includes('not-implemented') && { 501: ref('responses', 'NotImplemented') }),
        ...(op.errors.includes('unavailable') && { 503: ref('responses', 'Unavailable') }),
        default: ref('responses', 'Problem'),
      },
    },
  };
}

const problemResponse = (description: string, headers: string[] = []) => ({
  description,
  headers: Object.fromEntries(['Access-Control-Allow-Origin', ...headers].map((h) => [h, ref('headers', h)])),
  content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
});

const header = (description: string, example: string) => ({ description, required: true, schema: { type: 'string' }, example });

const description = `Sourced data on the Customs Mutual Assistance Agreements (CMAAs) the United States has signed, as JSON and CSV. Human-readable docs with examples: [/api/](/api/).

- Every answer carries \`Access-Control-Allow-Origin: *\`. A successful one carries a weak \`ETag\` (send it back in \`If-None-Match\` for a \`304 Not Modified\`), \`Cache-Control: ${cacheControl}\` and \`Vary: Accept-Encoding\`. JSON answers carry the dataset's \`meta\` (\`version\`, \`updated\`, \`checked\`); this document carries it as \`x-meta\`.
- Every route answers ${allowedMethods.join(', ')}: HEAD with the headers of GET and no body, OPTIONS with \`Allow\` and the CORS preflight headers. Any other method is a 405 problem with \`Allow\`; a path that is no route is a 404 problem.
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
    { name: 'Description', description: 'This document and the JSON Schema of a record.' },
    { name: 'Embedding', description: 'The atlas in other sites: oEmbed.' },
  ],
  paths: Object.fromEntries(operations.map((op) => [op.path, pathItem(op)])),
  components: {
    schemas: Object.fromEntries([...componentNames].map(([schema, name]) => [name, withRefs(schema, true)])),
    responses: {
      NotModified: {
        description: 'The representation has not changed since the one whose ETag was sent in If-None-Match.',
        headers: Object.fromEntries(successHeaders.map((h) => [h, ref('headers', h)])),
      },
      InvalidParameter: problemResponse(problemKinds['invalid-parameter'].description),
      UnknownPartner: problemResponse(problemKinds['unknown-partner'].description),
      UnknownPage: problemResponse(problemKinds['unknown-page'].description),
      NotImplemented: problemResponse(problemKinds['not-implemented'].description),
      Unavailable: problemResponse(problemKinds.unavailable.description),
      Problem: problemResponse(problemKinds.internal.description),
      // Not an answer to GET, so no operation refers to these two; they describe the other answers under /api/.
      MethodNotAllowed: problemResponse(problemKinds['method-not-allowed'].description, ['Allow']),
      NotFound: problemResponse(problemKinds['not-found'].description),
    },
    headers: {
      ETag: header('Weak: the dataset version, then a hash of the deployed version and the canonical request.', `W/"${meta.version}-Jb1x0cbs3sB5Yx7ebGq2Fw"`),
      'Cache-Control': header('Fresh for an hour, then served stale for a day while a cache revalidates.', cacheControl),
      Vary: header('Answers differ only by compression.', 'Accept-Encoding'),
      'Access-Control-Allow-Origin': header('Any origin may read the API.', '*'),
      Allow: header('The methods every API route answers.', allowedMethods.join(', ')),
      'Content-Disposition': header('A download, named with the dataset version.', `attachment; filename="cmaa-agreements-${meta.version}.csv"`),
    },
  },
  'x-meta': meta,
};
