// What the suites that call the app in Node pass for workerd's bindings and request context, which only
// workerd provides. The ASSETS binding serves the dataset file exactly as the build wrote it into web/dist
// (so `npm run build` comes first) and nothing else, as the asset layer answers a file that does not exist.
import { datasetFile } from '../../data/dataset-file';
import datasetText from '../../web/dist/data/dataset.json?raw';

export const builtAssets = {
  fetch: (request: Request) =>
    new URL(request.url).pathname === datasetFile
      ? new Response(datasetText, { headers: { 'Content-Type': 'application/json' } })
      : new Response('not found', { status: 404 }),
};

/** Work kept alive after the answer: the tests await every answer, so there is nothing to keep. */
export const executionContext = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;
