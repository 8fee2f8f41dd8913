// The atlas's pages: `/` (with `?country=`, `?asOf=` and `?lang=`), each country's `/country/{iso3}`, and
// `/embed`. Each is the built page with its view's head and answer written in (page.ts), in the language the
// address asks for, else in the first of the reader's (`Accept-Language`) the atlas speaks, else in English.
// Should the data, the manifest or the words fail to load, the built page is served as it is.

import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { today as todayOf } from '../../data/dates';
import { acceptedLanguages, negotiate, type Language } from '../../data/i18n';
import { parseView, type View } from '../../data/links';
import { loadDataset, readOnce } from '../dataset';
import { representationTag, type AppContext } from '../http';
import { loadWords } from '../messages';
import { atlasPage, embedPage, notFoundPage, type PageData, type Words } from '../page';
import { loadPreviews } from '../previews';


export const pageRoutes = new Hono<{ Bindings: Env; Variables: { dataVersion?: string } }>();

// A page depends on the deployed version (code, page and data), its address and the day; the ETag says so,
// and a matching If-None-Match is a 304.
for (const path of ['/', '/country/*', '/embed']) pageRoutes.use(path, etag());

interface Template {
  html: string;
  /** The asset layer's headers for it (web/public/_headers), but for those of the file itself. */
  headers: [string, string][];
}

/**
 * The built pages (index.html at `/`, embed.html at `/embed`), read once per isolate like the dataset: they
 * change only with a deploy, which starts new isolates. Reading one for every request would double the
 * work of serving a page.
 */
const templates = new Map(['/', '/embed'].map((path) => [path, readOnce(async (assets: Fetcher): Promise<Template> => {
  const response = await assets.fetch(new Request(new URL(path, 'https://assets.local')));
  if (!response.ok) throw new Error(`The page ${path} answered ${response.status}.`);
  const own = ['etag', 'content-length', 'date'];
  return { html: await response.text(), headers: [...response.headers].filter(([name]) => !own.includes(name)) };
})]));

async function pageData(c: AppContext, path: string, lang: Language): Promise<(PageData & { template: Template; words: Words }) | null> {
  try {
    const [template, dataset, previews, words] = await Promise.all([
      templates.get(path)!(c.env.ASSETS, c.executionCtx), loadDataset(c.env.ASSETS, c.executionCtx), loadPreviews(c.env.ASSETS, c.executionCtx),
      loadWords(lang, c.env.ASSETS, c.executionCtx),
    ]);
    return { template, dataset, previews, words };
  } catch (error) {
    console.error(error);
    return null;
  }
}

/**
 * The page's answer: the built page rewritten for the view in its language, with an ETag of what it depends
 * on. A page whose address names no language is in the reader's, so it varies with `Accept-Language`.
 */
async function answer(c: AppContext, path: string, view: View, render: (template: Response, data: PageData, today: string, words: Words) => Response) {
  const lang = view.lang ?? negotiate(acceptedLanguages(c.req.header('Accept-Language') ?? null)) ?? 'en';
  const data = await pageData(c, path, lang);
  // Without its data, the page as built: it loads the data itself, and says so if that fails too.
  if (!data) return c.env.ASSETS.fetch(new Request(new URL(path, c.req.url)));
  const today = todayOf();
  const rendered = render(new Response(data.template.html, { headers: data.template.headers }), data, today, data.words);
  const headers = new Headers(rendered.headers);
  headers.set('ETag', await representationTag(c, today, lang));
  if (!view.lang) headers.append('Vary', 'Accept-Language');
  return new Response(rendered.body, { status: rendered.status, headers });
}

const known = (data: PageData, view: View) => !view.country || view.country in data.previews.countries;

pageRoutes.get('/', (c) => {
  const url = new URL(c.req.url);
  const view = parseView('/', url.search);
  return answer(c, '/', view, (page, data, today, words) =>
    atlasPage(page, data, url.origin, known(data, view) ? view : { ...view, country: null }, today, words));
});

const countryPage = (c: AppContext) => {
  const url = new URL(c.req.url);
  const code = c.req.param('code') ?? '';
  // One address per country: lower case, as agreement ids, without a trailing slash.
  if (/^[A-Za-z]{3}$/.test(code) && (code !== code.toLowerCase() || url.pathname.endsWith('/'))) {
    return c.redirect(`/country/${code.toLowerCase()}${url.search}`, 301);
  }
  const view = parseView(url.pathname, url.search);
  return answer(c, '/', view, (page, data, today, words) =>
    view.country && known(data, view)
      ? atlasPage(page, data, url.origin, view, today, words)
      : notFoundPage(page, code, words));
};
pageRoutes.get('/country/:code', countryPage);
pageRoutes.get('/country/:code/', countryPage);

pageRoutes.get('/embed', (c) => {
  const url = new URL(c.req.url);
  const view = parseView('/', url.search);
  return answer(c, '/embed', view, (page, data, today, words) =>
    embedPage(page, data, url.origin, known(data, view) ? view : { ...view, country: null }, today, words));
});
