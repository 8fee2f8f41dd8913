// oEmbed 1.0 for any page of the atlas: the <iframe> of its map (/embed, with the page's country and date),
// sized within what the consumer allows, with the page's title and preview image.

import { Hono } from 'hono';
import { today } from '../../data/dates';
import { embedIframe, embedSize, parseView } from '../../data/links';
import { loadDataset } from '../dataset';
import { validQuery } from '../http';
import { jsonAnswer } from '../json';
import { getOembed, routePath } from '../operations';
import { loadWords } from '../messages';
import { pageText, siteName } from '../page';
import { loadPreviews } from '../previews';
import { problem } from '../problem';
import { single } from '../query';

export const oembedRoutes = new Hono<{ Bindings: Env }>();

/** The paths of the atlas's pages; a country's must be one the atlas has. */
const pagePath = /^\/(?:|embed|country\/([a-z]{3}))$/;

oembedRoutes.get(routePath(getOembed), validQuery(getOembed.parameters), async (c) => {
  const values = c.req.valid('query');
  if (single(values, 'format') === 'xml') return problem(c, 'not-implemented', 'oEmbed is answered in JSON only: ask for format=json, or leave format out.');
  const origin = new URL(c.req.url).origin;
  const given = single(values, 'url')!;
  let url: URL | null;
  try {
    url = new URL(given, origin);
  } catch {
    url = null;
  }
  const notAtlas = (why: string) => problem(c, 'unknown-page', `${why} The atlas's pages are ${origin}/, ${origin}/country/{iso3} and ${origin}/embed.`);
  // Either scheme: a consumer may have found the page over HTTP before a redirect to HTTPS.
  if (!url || !/^https?:$/.test(url.protocol) || url.host !== new URL(origin).host) return notAtlas('The url is not an address on this atlas.');
  const path = pagePath.exec(url.pathname);
  if (!path) return notAtlas(`${url.pathname.slice(0, 100)} is not a page of the atlas.`);

  const view = parseView(url.pathname, url.search);
  let data;
  let words;
  try {
    data = { dataset: await loadDataset(c.env.ASSETS, c.executionCtx), previews: await loadPreviews(c.env.ASSETS, c.executionCtx) };
    // The page's language where its address names one; English, as a consumer's reader's is not known.
    words = await loadWords(view.lang ?? 'en', c.env.ASSETS, c.executionCtx);
  } catch (error) {
    console.error(error);
    return problem(c, 'unavailable', 'The data could not be loaded; the failure has been logged. Try again shortly.');
  }
  if (path[1] && !(view.country! in data.previews.countries)) return notAtlas(`The atlas has no country ${path[1]}.`);
  // `/?country=` with a code no country has shows the world, as the page does.
  const shown = view.country && !(view.country in data.previews.countries) ? { ...view, country: null } : view;
  const text = pageText(data, origin, shown, today(), words);
  const maxWidth = Number(single(values, 'maxwidth') ?? Infinity);
  const maxHeight = Number(single(values, 'maxheight') ?? Infinity);
  const size = { width: Math.min(embedSize.width, maxWidth), height: Math.min(embedSize.height, maxHeight) };
  // oEmbed: a thumbnail must respect maxwidth and maxheight too.
  const thumbnail = maxWidth >= 1200 && maxHeight >= 630
    ? { thumbnail_url: text.image, thumbnail_width: 1200, thumbnail_height: 630 }
    : {};
  return jsonAnswer(c, {
    version: '1.0',
    type: 'rich',
    provider_name: siteName,
    provider_url: `${origin}/`,
    title: text.title,
    html: embedIframe(origin, { country: shown.country, asOf: text.day === text.today ? null : text.day, lang: view.lang }, text.title, size),
    ...size,
    // As long as the API's answers are fresh (http.ts).
    cache_age: 3600,
    ...thumbnail,
  });
});
