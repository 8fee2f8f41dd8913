// The API described: the OpenAPI document and the docs page. Both are generated from the route table at build
// time (openapi.ts, docs.ts, by vite.config.ts) and shipped among the static assets, so that their prose and
// schemas weigh nothing in the Worker's code; each isolate reads them once through the ASSETS binding. Their
// paths are under /api/, where every request reaches the Worker first, so the files are only ever served by
// these routes, with the API's headers.

import meta from '../data/meta.json';
import { readOnce } from './dataset';
import { docsFile, openApiFile } from './description-files';

export { originToken } from './description-files';

async function asset(assets: Fetcher, path: string): Promise<Response> {
  const response = await assets.fetch(new Request(new URL(path, 'https://assets.local')));
  if (!response.ok) throw new Error(`The API description ${path} answered ${response.status}.`);
  return response;
}

/** The OpenAPI document's text, HTML-safe JSON as the build wrote it for the data this code was built with. */
export const loadOpenApi = readOnce(async (assets) => {
  const text = await (await asset(assets, openApiFile)).text();
  const document = JSON.parse(text) as { openapi?: string; 'x-meta'?: { version?: string } };
  if (!document.openapi || document['x-meta']?.version !== meta.version) {
    throw new Error(`${openApiFile} is not the OpenAPI document of version ${meta.version}: build and deploy them together.`);
  }
  return text;
});

/** The docs page's template and its Content-Security-Policy. */
export const loadDocs = readOnce(async (assets) => {
  const docs = (await (await asset(assets, docsFile)).json()) as { policy?: unknown; html?: unknown };
  if (typeof docs.policy !== 'string' || typeof docs.html !== 'string') throw new Error(`${docsFile} is not the docs page.`);
  return { policy: docs.policy, html: docs.html };
});
