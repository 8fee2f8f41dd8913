// CMAA Atlas Worker. Routes (each answers GET, HEAD and OPTIONS, and POST or PATCH where shown; the route
// table is operations.ts):
//   GET /api/v1/agreements                 the network today, or ?asOf=YYYY-MM-DD; ?status= ?q= ?fields=
//   GET /api/v1/agreements.csv             the same rows as CSV, with the same parameters
//   GET /api/v1/agreements/{code}          one partner's current agreement, by id or ISO code; ?fields=
//                                          (these three answer as a release did with ?version=)
//   GET /api/v1/agreements/{code}/history  that agreement in every release, and what changed in it
//   GET /api/v1/eu-members                 EU member states and when the EU agreement covered them
//   GET /api/v1/mras, /api/v1/mras.csv     AEO mutual recognition arrangements; ?q= ?fields=
//   GET /api/v1/cbp-counts                 the counts of agreements CBP has stated, and how this list compares
//   GET /api/v1/changes.json, .atom        the change feed (JSON Feed 1.1, Atom 1.0) from data/changelog.json; ?country=
//   GET /api/v1/reports, POST              readers' reports (the errata log, in D1); sending one
//   GET /api/v1/reports/{id}, PATCH        one report; a maintainer's decision on it (bearer token)
//   GET /api/v1/releases                   the frozen releases, newest first, with their files' checksums
//   GET /api/v1/releases/{version}[.zip]   a release's manifest, or all its files in one zip
//   GET /api/v1/releases/{version}/…       its datapackage.json, changes (against the previous release), any file
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
  allowedMethods, apiCors, apiSecurity, conditionalGet, noSuchRoute, representationHeaders,
} from './http';
import { routeMethods } from './operations';
import { answerError, problem } from './problem';
import { agreementRoutes } from './routes/agreements';
import { changeRoutes } from './routes/changes';
import { crawlerRoutes } from './routes/crawlers';
import { descriptionRoutes } from './routes/description';
import { docsRoutes } from './routes/docs';
import { oembedRoutes } from './routes/oembed';
import { pageRoutes } from './routes/pages';
import { referenceRoutes } from './routes/reference';
import { releaseRoutes } from './routes/releases';
import { reportRoutes } from './routes/reports';

const app = new Hono<{ Bindings: Env }>();

app.use('/api/*', apiSecurity, allowedMethods, apiCors, conditionalGet, representationHeaders);

app.route('/', docsRoutes);
app.route('/api/v1', agreementRoutes);
app.route('/api/v1', referenceRoutes);
app.route('/api/v1', changeRoutes);
app.route('/api/v1', reportRoutes);
app.route('/api/v1', releaseRoutes);
app.route('/api/v1', descriptionRoutes);
app.route('/api/v1', oembedRoutes);
app.route('/', pageRoutes);
app.route('/', crawlerRoutes);

// Reached when no route answered: a method the route does not answer, or a path that is no route.
app.all('/api/*', (c) => {
  const methods = routeMethods(c.req.path);
  return methods
    ? problem(c, 'method-not-allowed', `${c.req.method} is not allowed here; this route answers ${methods.join(', ')}.`)
    : noSuchRoute(c);
});

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
