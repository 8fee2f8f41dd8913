// /api and /api/: the docs page, for people, as the build wrote it (description.ts).

import { Hono } from 'hono';
import { loadDocs, originToken } from '../description';
import { validQuery } from '../http';
import { docsPaths } from '../operations';
import { problem } from '../problem';

export const docsRoutes = new Hono<{ Bindings: Env }>();

for (const path of docsPaths) {
  docsRoutes.get(path, validQuery([]), async (c) => {
    const docs = await loadDocs(c.env.ASSETS, c.executionCtx).catch((error: unknown) => {
      console.error(error);
      return null;
    });
    if (!docs) return problem(c, 'unavailable', 'The docs page could not be read; try again later.');
    c.header('Content-Security-Policy', docs.policy);
    // Every example runs as it is copied: the page names the origin it is served from.
    return c.html(docs.html.replaceAll(originToken, new URL(c.req.url).origin));
  });
}
