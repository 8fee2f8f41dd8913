// The atlas's pages: `/` (with `?country=` and `?asOf=`), each country's `/country/{iso3}`, and `/embed`.
// Each is the built page with its view's head and answer written in (page.ts). Should the data or the
// manifest fail to load, the built page is served as it is: it loads its data itself, and says so if that
// fails too.

import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import { today as todayOf } from '../../data/dates';
import { parseView, type View } from '../../data/links';
import { loadDataset } from '../dataset';
import { representationTag } from '../http';
import { atlasPage, embedPage, notFoundPage, type PageData } from '../page';
import { loadPreviews } from '../previews';

type AppContext = Context<{ Bindings: Env }>;

export const pageRoutes = new Hono<{ Bindings: Env }>();

// A page depends on the deployed version (code, page and data), its address and the day; the ETag says so,
// and a matching If-None-Match is a 304.
for (const path of ['/', '/country/*', '/embed']) pageRoutes.use(path, etag());

/** The built page at `path` (index.html at `/`), as the asset layer serves it, with its headers. */
const template = (c: AppContext, path: string) => c.env.ASSETS.fetch(new Request(new URL(path, c.req.url)));

async function pageData(c: AppContext): Promise<PageData | null> {
  try {
    const [dataset, previews] = await Promise.all([loadDataset(c.env.ASSETS, c.executionCtx), loadPreviews(c.env.ASSETS, c.executionCtx)]);
    return { dataset, previews };
  } catch (error) {
    console.error(error);
    return null;
  }
}

/** The page's answer: the built page rewritten for the view, with an ETag of what it depends on. */
async function answer(c: AppContext, path: string, render: (template: Response, data: PageData, today: string) => Response) {
  const page = await template(c, path);
  const data = await pageData(c);
  if (!page.ok || !data) return page;
  const today = todayOf();
  const rendered = render(page, data, today);
  const headers = new Headers(rendered.headers);
  headers.set('ETag', await representationTag(c, today));
  return new Response(rendered.body, { status: rendered.status, headers });
}

const known = (data: PageData, view: View) => !view.country || view.country in data.previews.countries;

pageRoutes.get('/', (c) => {
  const url = new URL(c.req.url);
  const view = parseView('/', url.search);
  return answer(c, '/', (page, data, today) =>
    atlasPage(page, data, url.origin, known(data, view) ? view : { ...view, country: null }, today));
});

pageRoutes.get('/country/:code', (c) => {
  const url = new URL(c.req.url);
  const code = c.req.param('code');
  // One address per country: lower case, as agreement ids.
  if (/^[A-Za-z]{3}$/.test(code) && code !== code.toLowerCase()) {
    return c.redirect(`/country/${code.toLowerCase()}${url.search}`, 301);
  }
  const view = parseView(url.pathname, url.search);
  return answer(c, '/', (page, data, today) =>
    view.country && known(data, view)
      ? atlasPage(page, data, url.origin, view, today)
      : notFoundPage(page, code));
});

pageRoutes.get('/embed', (c) => {
  const url = new URL(c.req.url);
  const view = parseView('/', url.search);
  return answer(c, '/embed', (page, data, today) =>
    embedPage(page, data, url.origin, known(data, view) ? view : { ...view, country: null }, today));
});
