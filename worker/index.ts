// CMAA Atlas Worker. Routes:
//   GET /api/v1/agreements          the network today, or ?asOf=YYYY-MM-DD, filtered by ?status=
//   GET /api/v1/agreements/{code}   one partner's current agreement, by id or ISO code
//   GET /api/v1/eu-members          EU member states and when the EU agreement covered them
//   GET /api/v1/mras                AEO mutual recognition arrangements
//   GET /api/v1/cbp-counts          the counts of agreements CBP has stated, and how this list compares
// Everything else is the built page, served as static assets (web/dist).

import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { problem } from './problem';
import { agreementRoutes } from './routes/agreements';
import { referenceRoutes } from './routes/reference';

const app = new Hono<{ Bindings: Env }>();

app.use('/api/*', cors({ origin: '*' }), etag({ weak: true }), async (c, next) => {
  await next();
  // The data changes a few times a year: an hour fresh, then served stale while a cache revalidates.
  if (c.res.ok && !c.res.headers.has('Cache-Control')) {
    c.res.headers.set('Cache-Control', 'public, max-age=3600, stale-while-revalidate=86400');
  }
});

app.route('/api/v1', agreementRoutes);
app.route('/api/v1', referenceRoutes);

app.all('/api/*', (c) => problem(c, 404, 'not-found', `No API route at ${c.req.path}. The routes start at /api/v1/agreements.`));

// The asset layer answers page requests before the Worker runs; this serves them where it did not (tests,
// or a request that reached the Worker first), with a 404 for a missing file.
app.all('*', (c) => c.env.ASSETS.fetch(c.req.raw));

app.onError((error, c) => {
  console.error(error);
  return problem(c, 500, 'internal', 'The server failed to answer this request; it has been logged.');
});

export default app;
