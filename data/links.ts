// The atlas's addresses: a country's page (`/country/ukr`), a view of a date in a language, the embed. The
// page writes them into its address bar, the Worker answers them and names them as canonical, oEmbed reads
// them.

import { isDay } from './dates';
import { escapeHtml } from './html';
import { isLanguage, type Language } from './i18n';

export interface View {
  /** ISO alpha-3 in upper case (a partner key such as `EU` otherwise), or null. */
  country: string | null;
  /** `YYYY-MM-DD`, or null for today. */
  asOf: string | null;
  /** The language asked for by `?lang=`, or null for the reader's own; left out, an address keeps its `lang`. */
  lang?: Language | null;
}

const alpha3 = /^[A-Z]{3}$/;
const countryPage = /^\/country\/([A-Za-z]{3})$/;

/** The view of an address: `/country/ukr` or `?country=UKR`, `?asOf=` and `?lang=`; malformed values are ignored. */
export function parseView(pathname: string, search: string): View {
  const params = new URLSearchParams(search);
  const country = (countryPage.exec(pathname)?.[1] ?? params.get('country') ?? '').trim().toUpperCase();
  const asOf = params.get('asOf')?.trim() ?? '';
  const lang = params.get('lang')?.trim();
  return { country: alpha3.test(country) ? country : null, asOf: isDay(asOf) ? asOf : null, lang: isLanguage(lang) ? lang : null };
}

/** The page of a country: `/country/ukr`. */
export const countryPath = (iso3: string) => `/country/${iso3.toLowerCase()}`;

/**
 * A view's own address, which is its canonical one: `/country/ukr`, `/country/ukr?asOf=2010-01-01`,
 * `/?asOf=2010-01-01&lang=es` or `/`. Other parameters of `search` are kept, before the view's.
 */
export function viewAddress(view: View, search = ''): string {
  const params = new URLSearchParams(search);
  params.delete('country');
  params.delete('asOf');
  if (view.lang !== undefined) params.delete('lang');
  const ownPage = view.country !== null && alpha3.test(view.country);
  if (view.country && !ownPage) params.set('country', view.country);
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.lang) params.set('lang', view.lang);
  const query = params.toString();
  const path = ownPage ? countryPath(view.country!) : '/';
  return query ? `${path}?${query}` : path;
}

/** The embeddable map of a view: `/embed?country=UKR&asOf=2010-01-01&lang=es`. */
export function embedAddress(view: View): string {
  const params = new URLSearchParams();
  if (view.country) params.set('country', view.country);
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.lang) params.set('lang', view.lang);
  const query = params.toString();
  return query ? `/embed?${query}` : '/embed';
}

/** The size an embed is offered at, unless asked for smaller. */
export const embedSize = { width: 800, height: 500 };

/** The `<iframe>` that embeds a view, as the Embed button and oEmbed give it. */
export function embedIframe(origin: string, view: View, title: string, { width, height } = embedSize): string {
  const src = escapeHtml(origin + embedAddress(view));
  return `<iframe src="${src}" width="${width}" height="${height}" title="${escapeHtml(title)}" ` +
    `style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/**
 * The agreements the page loads: every date's, so that it can show any date without asking again.
 * `summaryFields` are all that today's map, table, counts and answer sentences need (index.html preloads
 * exactly that address); the full records (signatories, notes, sources) load when another date needs them,
 * and from the start on a date's page, where the Worker preloads them instead. The details of a country
 * today need only its own record (`agreementAddress`), which a country's page preloads.
 */
export const summaryFields = 'partner,signed,signedPlace,inForce,status,successorTo,supersededBy,confidence';
export const agreementsAddress = (complete: boolean) =>
  complete ? '/api/v1/agreements?status=all' : `/api/v1/agreements?status=all&fields=${summaryFields}`;
export const agreementAddress = (id: string) => `/api/v1/agreements/${encodeURIComponent(id)}`;

/** The agreements whose full records the details of a country show: its own, or the EU's that covers it. */
export const recordsShown = (c: { agreement: { id: string } | null; euMember: unknown }): string[] =>
  c.agreement ? [c.agreement.id] : c.euMember ? ['eu'] : [];
