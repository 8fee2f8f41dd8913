// The OpenAPI document, checked by a real OpenAPI 3.1 validator, and every answer of the API (each route and
// method, each example on the docs page, each kind of error, HEAD, OPTIONS, 304) checked against it with ajv.
// This runs in Node: ajv compiles validators with `new Function`, which workerd forbids. The workerd suite
// checks the same answers as a client sees them. The reports are stored in a real local D1 database.
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { agreementSchema } from '../../data/schema';
import app from '../../worker/index';
import { openApiDocument } from '../../worker/openapi';
import { apiBase, operations, routeMethods, routePath, type Operation } from '../../worker/operations';
import { localDatabase } from './local-bindings';
import { builtAssets, executionContext } from './stand-ins';

const database = await localDatabase();
afterAll(() => database.dispose());
const maintainerToken = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
const env = {
  CF_VERSION_METADATA: { id: 'test-version', tag: '', timestamp: '2026-11-27T00:00:00Z' },
  ASSETS: builtAssets,
  DB: database.DB,
  MAINTAINER_TOKEN: maintainerToken,
  REPORTS_PER_MINUTE: '5',
} as unknown as Env;

const request = (target: string, init?: RequestInit) => app.request(target, init, env, executionContext);

type Json = Record<string, unknown>;
const doc = openApiDocument as unknown as Json & { paths: Record<string, Record<string, Json>>; components: Record<string, Record<string, Json>> };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(doc, 'openapi.json');
const validators = new Map<string, ValidateFunction>();
/** A validator for the schema at a JSON Pointer into the document. */
function validatorAt(pointer: string[]): ValidateFunction {
  const fragment = pointer.map((p) => encodeURIComponent(p.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');
  const key = `openapi.json#/${fragment}`;
  if (!validators.has(key)) validators.set(key, ajv.compile({ $ref: key }));
  return validators.get(key)!;
}

/** Follows a `$ref` within the document; returns the object and its pointer. */
function resolve(value: Json, pointer: string[]): [Json, string[]] {
  if (typeof value.$ref !== 'string') return [value, pointer];
  const target = value.$ref.slice(2).split('/');
  return resolve(target.reduce<Json>((node, key) => node[key] as Json, doc), target);
}

const templates = Object.keys(doc.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${apiBase}${template.replaceAll('.', '\\.').replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** Checks one answer against what the document says the route answers to that method with that status. */
async function conformsToDocument(method: string, target: string, response: Response): Promise<void> {
  const where = `${method} ${target} → ${response.status}`;
  const path = new URL(target, 'http://localhost').pathname;
  const template = templates.find((t) => t.pattern.test(path))?.template;
  let responseSpec: Json;
  let pointer: string[];
  if (!template) {
    expect(response.status, where).toBe(404);
    [responseSpec, pointer] = resolve(doc.components.responses.NotFound, ['components', 'responses', 'NotFound']);
  } else if (method === 'OPTIONS') {
    expect(response.status, where).toBe(204);
    expect(response.headers.get('Allow'), where).toBe(routeMethods(path)!.join(', '));
    return;
  } else {
    const operationMethod = method === 'HEAD' ? 'get' : method.toLowerCase();
    const operation = doc.paths[template][operationMethod];
    if (!operation) {
      expect(response.status, where).toBe(405);
      [responseSpec, pointer] = resolve(doc.components.responses.MethodNotAllowed, ['components', 'responses', 'MethodNotAllowed']);
    } else {
      const responses = operation.responses as Record<string, Json>;
      const status = String(response.status) in responses ? String(response.status) : 'default';
      [responseSpec, pointer] = resolve(responses[status], ['paths', template, operationMethod, 'responses', status]);
    }
  }
  for (const [name, header] of Object.entries((responseSpec.headers ?? {}) as Record<string, Json>)) {
    if (resolve(header, [])[0].required) expect(response.headers.get(name), `${where}: header ${name}`).not.toBeNull();
  }
  const text = await response.text();
  const content = responseSpec.content as Record<string, Json> | undefined;
  if (!content || method === 'HEAD') {
    expect(text, where).toBe('');
    return;
  }
  const mediaType = response.headers.get('Content-Type')!.split(';')[0].trim();
  expect(Object.keys(content), where).toContain(mediaType);
  const body = mediaType.includes('json') ? JSON.parse(text) : text;
  const validate = validatorAt([...pointer, 'content', mediaType, 'schema']);
  expect(validate(body) ? [] : validate.errors, where).toEqual([]);
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 to @seriousme/openapi-schema-validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is what /api/v1/openapi.json serves', async () => {
    expect(await (await request('/api/v1/openapi.json')).json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('describes every route and method the Worker has under /api/v1, and no other', () => {
    const routed = app.routes
      .filter((r) => ['GET', 'POST', 'PATCH'].includes(r.method) && r.path.startsWith(`${apiBase}/`))
      .map((r) => `${r.method.toLowerCase()} ${r.path.slice(apiBase.length)}`);
    expect(new Set(routed)).toEqual(new Set(operations.map((op) => `${op.method} ${routePath(op)}`)));
    expect([...new Set(operations.map((op) => op.path))]).toEqual(Object.keys(doc.paths));
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect(new Set(documented)).toEqual(new Set(operations.map((op) => `${op.method} ${op.path}`)));
  });

  it('publishes the JSON Schema that checks the data, without the served document\'s $schema and $id', () => {
    const published = doc.components.schemas.Agreement;
    expect(published.$schema).toBeUndefined();
    expect(published.$id).toBeUndefined();
    expect(published.required).toEqual(agreementSchema.required);
    expect(Object.keys(published.properties as Json)).toEqual(Object.keys(agreementSchema.properties!));
  });
});

/** A route's path with each path parameter's example. */
const filled = (op: Operation) => apiBase + op.pathParameters.reduce((path, p) => path.replace(`{${p.name}}`, p.example), op.path);

// Each GET route: without parameters, every example the docs page shows, as HEAD and with a wrong parameter.
const routeCases = operations.filter((op) => op.method === 'get').flatMap((op) => {
  const bare = filled(op);
  return [
    ['GET', bare],
    ['HEAD', bare],
    ['OPTIONS', bare],
    ['GET', `${bare}?nonsense=1`],
    ...op.examples.map((example) => ['GET', `${apiBase}${example}`]),
  ] as [string, string][];
});

const errorCases: [string, string][] = [
  ['GET', '/api/v1/agreements?asOf=2016-02-30'],
  ['GET', '/api/v1/agreements?asOf=2016-01-01&asOf=2017-01-01'],
  ['GET', '/api/v1/agreements?q=peru&q=chile'],
  ['GET', '/api/v1/agreements?q='],
  ['GET', '/api/v1/agreements?status=active'],
  ['GET', '/api/v1/agreements?status='],
  ['GET', '/api/v1/agreements?fields=partner,colour'],
  ['GET', '/api/v1/agreements.csv?fields=colour'],
  ['GET', '/api/v1/mras?fields=status'],
  ['GET', '/api/v1/mras.csv?asOf=2000-01-01'],
  ['GET', '/api/v1/agreements/ukr?status=all'],
  ['GET', '/api/v1/agreements/zz'],
  ['GET', '/api/v1/agreements/%25'],
  ['GET', '/api/v1/agreements/ukr/'],
  ['GET', '/api/v1/nothing-here'],
  ['GET', '/api/v2/agreements'],
  ['OPTIONS', '/api/v1/nothing-here'],
  ['POST', '/api/v1/agreements'],
  ['PUT', '/api/v1/agreements/ukr'],
  ['DELETE', '/api/v1/agreements/ukr'],
  ['PATCH', '/api/v1/mras.csv'],
  ['POST', '/api/v1/nothing-here'],
  ['GET', '/api/v1/releases/2026.02.30'],
  ['GET', '/api/v1/releases/latest.zip'],
  ['GET', '/api/v1/releases/1999.01.01'],
  ['GET', '/api/v1/releases/1999.01.01.zip'],
  ['GET', '/api/v1/releases/1999.01.01/changes'],
  ['GET', '/api/v1/releases/2026.11.27/nothing.csv'],
  ['GET', '/api/v1/releases/2026.11.27/datapackage.json?x=1'],
  ['GET', '/api/v1/agreements?version=1999.01.01'],
  ['GET', '/api/v1/agreements/ukr?version=2026.11.27.0x'],
  ['GET', '/api/v1/agreements/zz/history'],
  ['GET', '/api/v1/changes.json?country=zz'],
  ['GET', '/api/v1/changes.atom?country=%3Cb%3E'],
  ['DELETE', '/api/v1/releases/2026.11.27'],
];

const filterCases: [string, string][] = [
  ['GET', '/api/v1/agreements?status=all'],
  ['GET', '/api/v1/agreements?asOf=1995-06-30&status=superseded'],
  ['GET', '/api/v1/agreements?q=M%C3%A9xico&fields=signed'],
  ['GET', '/api/v1/agreements?fields=id'],
  ['GET', '/api/v1/agreements/804?fields=signatories,sources'],
  ['GET', '/api/v1/mras?q=KOR&fields=programs'],
  ['GET', '/api/v1/mras.csv?fields=signed'],
  ['GET', '/api/v1/agreements?version=2026.11.27&asOf=2000-01-01&fields=signed'],
  ['GET', '/api/v1/releases/2026.11.27/mras.csv'],
  ['GET', '/api/v1/releases/2026.11.27/changes.json'],
  ['GET', '/api/v1/agreements/pry-2002/history'],
  ['GET', '/api/v1/changes.json?country=804'],
];

describe('every answer conforms to the OpenAPI document', () => {
  it.each([...routeCases, ...errorCases, ...filterCases])('%s %s', async (method, target) => {
    await conformsToDocument(method, target, await request(target, { method, headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' } }));
  });

  // (The example report id names no stored report: the reports' 304 is checked below.)
  it.each(operations.filter((op) => op.method === 'get' && op.operationId !== 'getReport').map(filled))('304 Not Modified for GET %s', async (target) => {
    const tag = (await request(target)).headers.get('ETag')!;
    await conformsToDocument('GET', target, await request(target, { headers: { 'If-None-Match': tag } }));
  });

  it('lists every field of every agreement and MRA when fields is not given', async () => {
    const agreements = (await (await request('/api/v1/agreements?status=all')).json()) as { agreements: unknown[] };
    const mras = (await (await request('/api/v1/mras')).json()) as { mras: unknown[] };
    const full = { agreement: validatorAt(['components', 'schemas', 'Agreement']), mra: validatorAt(['components', 'schemas', 'Mra']) };
    expect(agreements.agreements.filter((a) => !full.agreement(a))).toEqual([]);
    expect(agreements.agreements).toHaveLength(dataset.agreements.length);
    expect(mras.mras.filter((m) => !full.mra(m))).toEqual([]);
  });
});

describe('the reports routes conform to the OpenAPI document', () => {
  const json = { 'Content-Type': 'application/json' };
  const maintainer = { Authorization: `Bearer ${maintainerToken}` };
  const createExample = operations.find((op) => op.operationId === 'createReport')!.body!.example;
  const reviewExample = operations.find((op) => op.operationId === 'reviewReport')!.body!.example;
  let id = '';
  /** Sends, checks against the document, and answers the status. */
  const check = async (method: string, target: string, headers: Record<string, string> = {}, body?: unknown) => {
    const text = typeof body === 'string' || body === undefined ? body : JSON.stringify(body);
    const response = await request(target, { method, headers: { 'CF-Connecting-IP': '192.0.2.1', ...headers }, body: text });
    await conformsToDocument(method, target, response.clone());
    return response;
  };

  beforeAll(async () => {
    const response = await request('/api/v1/reports', { method: 'POST', headers: { ...json, 'CF-Connecting-IP': '192.0.2.2' }, body: JSON.stringify({ ...createExample, contact: { name: 'A', email: 'a@example.org' } }) });
    id = ((await response.json()) as { report: { id: string } }).report.id;
  });

  it('POST: the example on the docs page is a 201', async () => {
    expect((await check('POST', '/api/v1/reports', json, createExample)).status).toBe(201);
  });

  it.each<[string, Record<string, string>, unknown, number]>([
    ['a missing agreement', json, { kind: 'missing-agreement', country: 'NOR', signed: '2019', comment: 'x' }, 201],
    ['a honeypot', json, { ...createExample, website: 'x' }, 201],
    ['an unknown field', json, { ...createExample, colour: 'red' }, 400],
    ['malformed JSON', json, '{', 400],
    ['a query parameter', json, createExample, 400],
    ['text/plain', { 'Content-Type': 'text/plain' }, 'x', 415],
    ['over 16 KB', json, { kind: 'other', comment: 'x'.repeat(17_000) }, 413],
  ])('POST %s', async (label, headers, body, status) => {
    const target = label === 'a query parameter' ? '/api/v1/reports?x=1' : '/api/v1/reports';
    expect((await check('POST', target, { ...headers, 'CF-Connecting-IP': `192.0.2.${status}` }, body)).status).toBe(status);
  });

  it('POST: the sixth report in a minute is a 429', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await check('POST', '/api/v1/reports', { ...json, 'CF-Connecting-IP': '192.0.2.99' }, createExample)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('GET: the list, filtered, one report, with and without the contact details', async () => {
    expect((await check('GET', '/api/v1/reports')).status).toBe(200);
    expect((await check('GET', '/api/v1/reports?status=new&kind=correction&agreement=ukr&country=UKR&limit=1&offset=1')).status).toBe(200);
    expect((await check('GET', `/api/v1/reports/${id}`)).status).toBe(200);
    expect((await check('GET', `/api/v1/reports/${id}?include=contact`, maintainer)).status).toBe(200);
    expect((await check('GET', '/api/v1/reports?include=contact', maintainer)).status).toBe(200);
    expect((await check('GET', '/api/v1/reports?include=contact')).status).toBe(401);
    expect((await check('HEAD', `/api/v1/reports/${id}`)).status).toBe(200);
    const tag = (await request('/api/v1/reports')).headers.get('ETag')!;
    expect((await check('GET', '/api/v1/reports', { 'If-None-Match': tag })).status).toBe(304);
  });

  it('PATCH: the example on the docs page, and without the token, an unknown id, a bad body', async () => {
    expect((await check('PATCH', `/api/v1/reports/${id}`, { ...json, ...maintainer }, reviewExample)).status).toBe(200);
    expect((await check('PATCH', `/api/v1/reports/${id}`, json, reviewExample)).status).toBe(401);
    expect((await check('PATCH', '/api/v1/reports/zzzzzzzzzz', { ...json, ...maintainer }, reviewExample)).status).toBe(404);
    expect((await check('PATCH', `/api/v1/reports/${id}`, { ...json, ...maintainer }, { status: 'open' })).status).toBe(400);
    expect((await check('PATCH', `/api/v1/reports/${id}`, { 'Content-Type': 'text/plain', ...maintainer }, 'accepted')).status).toBe(415);
  });

  it('OPTIONS and a method a route does not answer', async () => {
    expect((await check('OPTIONS', '/api/v1/reports')).status).toBe(204);
    expect((await check('OPTIONS', `/api/v1/reports/${id}`)).status).toBe(204);
    expect((await check('DELETE', `/api/v1/reports/${id}`)).status).toBe(405);
    expect((await check('PUT', '/api/v1/reports')).status).toBe(405);
  });
});
