// What the suites that call the app in Node pass for workerd's bindings and request context, which only
// workerd provides. The ASSETS binding serves files as the asset layer does: a folder's files (the build's
// output, web/dist, so `npm run build` comes first), and a 404 for a file that does not exist.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** An ASSETS binding serving the files under `dir`. */
export const assetsIn = (dir: string) => ({
  fetch: (request: Request) => {
    const file = join(dir, decodeURIComponent(new URL(request.url).pathname));
    return existsSync(file) && statSync(file).isFile()
      ? new Response(readFileSync(file))
      : new Response('not found', { status: 404 });
  },
});

export const builtAssets = assetsIn('web/dist');

/** Work kept alive after the answer: the tests await every answer, so there is nothing to keep. */
export const executionContext = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;
