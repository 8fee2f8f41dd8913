// For search engines: /sitemap.xml lists the home page and every country's page; /robots.txt names it.

import { Hono } from 'hono';
import { countryPath } from '../../data/links';
import meta from '../../data/meta.json';
import { cacheControl } from '../cache-control';
import { apiSecurity } from '../http';
import { loadPreviews } from '../previews';

export const crawlerRoutes = new Hono<{ Bindings: Env }>();

for (const path of ['/sitemap.xml', '/robots.txt']) crawlerRoutes.use(path, apiSecurity);

crawlerRoutes.get('/sitemap.xml', async (c) => {
  let countries: string[];
  try {
    countries = Object.keys((await loadPreviews(c.env.ASSETS, c.executionCtx)).countries).sort();
  } catch (error) {
    console.error(error);
    c.header('Cache-Control', 'no-store');
    return c.text('The list of pages could not be loaded; the failure has been logged. Try again shortly.', 503);
  }
  const origin = new URL(c.req.url).origin;
  const entry = (path: string) => `<url><loc>${origin}${path}</loc><lastmod>${meta.updated}</lastmod></url>`;
  const xml = '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${['/', ...countries.map(countryPath)].map(entry).join('')}</urlset>\n`;
  c.header('Cache-Control', cacheControl);
  return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8' });
});

crawlerRoutes.get('/robots.txt', (c) => {
  const origin = new URL(c.req.url).origin;
  c.header('Cache-Control', cacheControl);
  // The API's answers are data for programs, in endless combinations of parameters; its docs page is for people.
  return c.text(`User-agent: *\nDisallow: /api/v1/\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
});
