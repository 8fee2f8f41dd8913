// /api and /api/: the docs page, for people.

import { Hono } from 'hono';
import { docsPage, docsPolicy } from '../docs';
import { validQuery } from '../http';
import { docsPaths } from '../operations';

export const docsRoutes = new Hono<{ Bindings: Env }>();

for (const path of docsPaths) {
  docsRoutes.get(path, validQuery([]), async (c) => {
    c.header('Content-Security-Policy', await docsPolicy());
    return c.html(docsPage(new URL(c.req.url).origin));
  });
}
