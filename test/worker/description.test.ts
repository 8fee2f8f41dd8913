// The API described: the OpenAPI document, the JSON Schema of an agreement, and the docs page at /api/.
// (test/api/openapi.test.ts validates the document and every answer against it, in Node.)
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { agreementSchema } from '../../data/schema';

const origin = 'https://atlas.example';
const get = (path: string) => exports.default.fetch(new Request(origin + path));

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document of every route, carrying the dataset version', async () => {
    const response = await get('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    const doc = (await response.json()) as { openapi: string; servers: { url: string }[]; paths: object; 'x-meta': { version: string } };
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    expect(Object.keys(doc.paths)).toEqual([
      '/agreements', '/agreements.csv', '/agreements/{code}', '/agreements/{code}/history', '/eu-members', '/mras', '/mras.csv',
      '/cbp-counts', '/changes.json', '/changes.atom', '/reports', '/reports/{id}', '/releases', '/releases/{version}.zip',
      '/releases/{version}', '/releases/{version}/changes', '/releases/{version}/datapackage.json', '/releases/{version}/{file}',
      '/schema/agreement.json', '/openapi.json', '/oembed',
    ]);
    expect(doc['x-meta'].version).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
  });
});

describe('GET /api/v1/schema/agreement.json', () => {
  it('is the JSON Schema that checks the data, at its own $id', async () => {
    const response = await get('/api/v1/schema/agreement.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/schema+json');
    const schema = (await response.json()) as { $id: string; $schema: string };
    expect(schema).toEqual(JSON.parse(JSON.stringify(agreementSchema)));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(new URL(schema.$id, origin).pathname).toBe('/api/v1/schema/agreement.json');
  });
});

describe.each(['/api/', '/api'])('the docs page at %s', (path) => {
  it('is HTML that runs no script and loads nothing from elsewhere', async () => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    const policy = response.headers.get('Content-Security-Policy')!;
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[\w+/=]+';/);
    expect(policy).not.toMatch(/script-src|unsafe/);
    const page = await response.text();
    expect(page).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(page).not.toMatch(/<(link|img|iframe)[^>]+(src|href)="(https?:)?\/\/(?!atlas\.example)/);
    expect(page).toContain(`<link rel="canonical" href="${origin}/api/">`);
  });

  it('has a hash in its policy that matches its one stylesheet', async () => {
    const response = await get(path);
    const page = await response.text();
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles).toHaveLength(1);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(styles[0]));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(response.headers.get('Content-Security-Policy')).toContain(`'sha256-${hash}'`);
  });

  it('lists every route and method with its parameters and examples in curl, JavaScript and Python on this host', async () => {
    const page = await (await get(path)).text();
    interface Operation {
      operationId: string;
      parameters: { name: string }[];
      requestBody?: { content: { 'application/json': { schema: { $ref: string } } } };
    }
    const doc = (await (await get('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const operations = Object.entries(doc.paths).flatMap(([route, item]) => Object.entries(item).map(([method, op]) => ({ route, method, op })));
    expect(operations.map((o) => `${o.method} ${o.route}`)).toEqual(expect.arrayContaining(['post /reports', 'patch /reports/{id}']));
    for (const { route, method, op } of operations) {
      const start = page.indexOf(`<section id="${op.operationId}">`);
      const section = page.slice(start, page.indexOf('</section>', start));
      expect(section, route).toContain(`<code>${method.toUpperCase()} /api/v1${route}</code>`);
      for (const parameter of op.parameters) expect(section, `${route} ${parameter.name}`).toContain(`<code>${parameter.name}</code>`);
      expect(section).toContain(method === 'get' ? 'curl -s' : `curl -si -X ${method.toUpperCase()}`);
      expect(section).toContain(`await fetch(&quot;${origin}/api/v1`);
      expect(section).toMatch(new RegExp(`urllib\\.request\\.(urlopen|Request)\\(\\s*&quot;${origin}/api/v1`));
      if (op.requestBody) {
        const schema = doc.components.schemas[op.requestBody.content['application/json'].schema.$ref.split('/').at(-1)!];
        for (const field of Object.keys(schema.properties)) expect(section, `${route} body ${field}`).toContain(`<code>${field}</code>`);
      }
    }
  });

  it('explains every kind of problem at the anchor its type names', async () => {
    const page = await (await get(path)).text();
    for (const kind of [
      'invalid-parameter', 'invalid-body', 'unauthorized', 'unknown-partner', 'unknown-report', 'not-found', 'method-not-allowed',
      'payload-too-large', 'unsupported-media-type', 'too-many-requests', 'internal', 'unavailable',
    ]) {
      expect(page).toContain(`id="problem-${kind}"`);
    }
  });
});
