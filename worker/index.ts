// CMAA Atlas Worker. Routes (each answers GET, HEAD and OPTIONS; the route table is operations.ts):
//   GET /api/v1/agreements                 the network today, or ?asOf=YYYY-MM-DD; ?status= ?q= ?fields=
//   GET /api/v1/agreements.csv             the same rows as CSV, with the same parameters
//   GET /api/v1/agreements/{code}          one partner's current agreement, by id or ISO code; ?fields=
//   GET /api/v1/eu-members                 EU member states and when the EU agreement covered them
//   GET /api/v1/mras, /api/v1/mras.csv     AEO mutual recognition arrangements; ?q= ?fields=
//   GET /api/v1/cbp-counts                 the counts of agreements CBP has stated, and how this list compares
//   GET /api/v1/changes.json               the change feed (JSON Feed 1.1) from data/changelog.json
//   GET /api/v1/schema/agreement.json      the JSON Schema of an agreement record
//   GET /api/v1/openapi.json               the OpenAPI 3.1 document of all of the above
//   GET /api/v1/oembed                     oEmbed 1.0 for any page of the atlas (an <iframe> of /embed)
//   GET /api, /api/                        the docs page, with examples in curl, JavaScript and Python
// Pages (routes/pages.ts): the built page with each view's head and answer written in:
//   GET /, /country/{iso3}                 the atlas, with ?country= and ?asOf=; a country's own page
//   GET /embed                             the map alone, for other sites to frame
//   GET /sitemap.xml, /robots.txt          for search engines
// Everything else is the built page's files, served as static assets (web/dist).

import { Hono } from 'hono';
import {
  apiCors, apiSecurity, conditionalGet, noSuchRoute, representationHeaders, routeMethods,
} from './http';
import { isApiRoute } from './operations';
import { answerError, problem } from './problem';
import { agreementRoutes } from './routes/agreements';
import { changeRoutes } from './routes/changes';
import { crawlerRoutes } from './routes/crawlers';
import { descriptionRoutes } from './routes/description';
import { docsRoutes } from './routes/docs';
import { oembedRoutes } from './routes/oembed';
import { pageRoutes } from './routes/pages';
import { referenceRoutes } from './routes/reference';

const app = new Hono<{ Bindings: Env }>();

app.use('/api/*', apiSecurity, routeMethods, apiCors, conditionalGet, representationHeaders);

app.route('/', docsRoutes);
app.route('/api/v1', agreementRoutes);
app.route('/api/v1', referenceRoutes);
app.route('/api/v1', changeRoutes);
app.route('/api/v1', descriptionRoutes);
app.route('/api/v1', oembedRoutes);
app.route('/', pageRoutes);
app.route('/', crawlerRoutes);

// Reached when no GET route answered: another method on a route, or a path that is no route.
app.all('/api/*', (c) =>
  isApiRoute(c.req.path)
    ? problem(c, 'method-not-allowed', `${c.req.method} is not allowed here; every API route answers GET, HEAD and OPTIONS.`)
    : noSuchRoute(c),
);

// The asset layer answers requests for files that exist before the Worker runs; the others (a missing file,
// and every request in the tests) arrive here and get the asset layer's answer, with its headers.
app.all('*', async (c) => {
  const answer = await c.env.ASSETS.fetch(c.req.raw);
  if (answer.status < 400) return answer;
  // A failure is not cached: _headers makes everything under /assets/ immutable for a year, so a 404 for a
  // script requested while a deploy propagates would otherwise break the page in that browser for a year.
  const uncached = new Response(answer.body, answer);
  uncached.headers.set('Cache-Control', 'no-store');
  return uncached;
});

app.onError(answerError);

export default app;
