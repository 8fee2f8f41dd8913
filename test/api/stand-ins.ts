// What the suites that call the app in Node pass for workerd's bindings and request context, which only
// workerd provides. The ASSETS binding serves the dataset file and the previews manifest exactly as the build wrote them into web/dist
// (so `npm run build` comes first) and nothing else, as the asset layer answers a file that does not exist.
import { datasetFile } from '../../data/dataset-file';
import { previewsFile } from '../../data/previews-file';
import datasetText from '../../web/dist/data/dataset.json?raw';
import previewsText from '../../web/dist/data/previews.json?raw';

const files: Record<string, string> = { [datasetFile]: datasetText, [previewsFile]: previewsText };

export const builtAssets = {
  fetch: (request: Request) => {
    const text = files[new URL(request.url).pathname];
    return text === undefined
      ? new Response('not found', { status: 404 })
      : new Response(text, { headers: { 'Content-Type': 'application/json' } });
  },
};

/** Work kept alive after the answer: the tests await every answer, so there is nothing to keep. */
export const executionContext = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;
