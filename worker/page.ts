// The atlas's pages as the Worker serves them: the built page (web/dist/index.html, or embed.html) read
// through ASSETS, with what each view says written in by HTMLRewriter, so that search engines, link
// previews and readers without script see it: the head (title, description, canonical link, Open Graph and
// Twitter tags, schema.org Dataset, oEmbed discovery) and, for a country, the answer in #details.

import { answerHtml, answerSentence, countryCoverage, pageTitle, type CountryCoverage } from '../data/answer';
import { escapeHtml } from '../data/html';
import { htmlSafeJson } from '../data/json';
import { agreementAddress, agreementsAddress, recordsShown, viewAddress, type View } from '../data/links';
import meta from '../data/meta.json';
import type { PreviewManifest } from '../data/previews-file';
import { summaryLine } from '../data/summary';
import type { ServedDataset } from './dataset';

export const siteName = 'CMAA Atlas';
/** The data's licence, in the structured data. */
export const dataLicense = 'https://creativecommons.org/licenses/by/4.0/';

export interface PageData {
  dataset: ServedDataset;
  previews: PreviewManifest;
}

/** What a view of the atlas says about itself: its head's text and, for a country, the answer. */
export interface PageText {
  title: string;
  description: string;
  /** Absolute. */
  canonical: string;
  /** Absolute, PNG 1200×630. */
  image: string;
  imageAlt: string;
  /** For a country: its coverage on the day shown. */
  coverage: CountryCoverage | null;
  /** The network on the day shown, in one line, as the page's summary says it. */
  summary: string;
  /** The day shown (today unless `asOf` names an earlier day of the timeline), and today. */
  day: string;
  today: string;
}

/** The day a view shows: `asOf` from the first agreement until yesterday, today otherwise (as the timeline). */
export function shownDay({ network }: ServedDataset, asOf: string | null, today: string): string {
  const first = network.agreements.map((a) => network.countsFrom(a)).sort()[0] ?? today;
  return asOf && asOf >= first && asOf < today ? asOf : today;
}

/** The text of a view; `view.country` must be one the manifest knows, or null. */
export function pageText({ dataset, previews }: PageData, origin: string, view: View, today: string): PageText {
  const day = shownDay(dataset, view.asOf, today);
  const shown: View = { country: view.country, asOf: day === today ? null : day };
  const canonical = origin + viewAddress(shown);
  const country = view.country ? previews.countries[view.country] : undefined;
  const summary = rememberedSummary(dataset, previews, day, today);
  if (!country) {
    return {
      title: pageTitle(null, day, today),
      description: `${summary} The U.S. Customs Mutual Assistance Agreements with the dates, signatories and sources of each, on a map, a timeline and an open API.`,
      canonical,
      image: origin + previews.world,
      imageAlt: 'World map of the countries with a customs mutual assistance agreement with the United States, and those covered through the EU\'s',
      coverage: null,
      summary,
      day,
      today,
    };
  }
  const coverage = countryCoverage(dataset.network, view.country!, country.name, day);
  return {
    title: pageTitle(coverage, day, today),
    description: answerSentence(coverage, { day, today, checked: meta.checked }),
    canonical,
    image: origin + country.image,
    imageAlt: `Map with ${coverage.name} outlined, beside its answer`,
    coverage,
    summary,
    day,
    today,
  };
}

/** The last answers of a function of an isolate's data (today's summary, one origin's JSON-LD). */
function rememberLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args) => {
    if (!last || last.args.some((arg, i) => arg !== args[i])) last = { args, value: compute(...args) };
    return last.value;
  };
}

/** The page's summary line for a day: the partners, and the countries of the map covered only through the EU. */
function summaryOf(dataset: ServedDataset, previews: PreviewManifest, day: string, today: string): string {
  let euCovered = 0;
  for (const [key, { onMap }] of Object.entries(previews.countries)) if (onMap && dataset.network.coverageOn(key, day) === 'eu') euCovered += 1;
  return summaryLine(dataset.network.agreementsOn(day), euCovered, day, today);
}

const rememberedSummary = rememberLast(summaryOf);

/** The dataset, as schema.org describes one: what search engines show in dataset search. */
export function datasetJsonLd({ network }: ServedDataset, origin: string) {
  const first = network.agreements.map((a) => network.countsFrom(a)).sort()[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'U.S. Customs Mutual Assistance Agreements',
    alternateName: siteName,
    description:
      'Every Customs Mutual Assistance Agreement (CMAA) the United States has signed with a foreign customs administration or the European Union: partner, dates of signature and entry into force, place, signatories, status, lineage and the sources of each record, with the EU member states covered through the EU agreement and the AEO mutual recognition arrangements.',
    url: `${origin}/`,
    version: meta.version,
    dateModified: meta.updated,
    license: dataLicense,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: siteName, url: `${origin}/` },
    keywords: ['customs mutual assistance agreement', 'CMAA', 'U.S. Customs and Border Protection', 'customs cooperation', 'treaties'],
    spatialCoverage: { '@type': 'Place', name: 'World' },
    temporalCoverage: `${first}/..`,
    distribution: [
      { '@type': 'DataDownload', name: 'Agreements (CSV)', encodingFormat: 'text/csv', contentUrl: `${origin}/api/v1/agreements.csv?status=all` },
      { '@type': 'DataDownload', name: 'Agreements (JSON)', encodingFormat: 'application/json', contentUrl: `${origin}/api/v1/agreements?status=all` },
    ],
  };
}

/** The oEmbed document of a page: its address. */
export const oembedAddress = (origin: string, url: string) => `${origin}/api/v1/oembed?url=${encodeURIComponent(url)}&format=json`;

/** The JSON-LD, as the page carries it. */
const jsonLdText = rememberLast((dataset: ServedDataset, origin: string) => htmlSafeJson(datasetJsonLd(dataset, origin)));

function headTags(text: PageText, jsonLd: string, origin: string): string {
  const a = escapeHtml;
  return [
    `<link rel="canonical" href="${a(text.canonical)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${siteName}">`,
    `<meta property="og:title" content="${a(text.title)}">`,
    `<meta property="og:description" content="${a(text.description)}">`,
    `<meta property="og:url" content="${a(text.canonical)}">`,
    `<meta property="og:image" content="${a(text.image)}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="${a(text.imageAlt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<link rel="alternate" type="application/json+oembed" href="${a(oembedAddress(origin, text.canonical))}" title="${a(text.title)}">`,
    `<script type="application/ld+json">${jsonLd}</script>`,
  ].join('');
}

/** The atlas's page for a view, written over the built index.html. */
export function atlasPage(template: Response, data: PageData, origin: string, view: View, today: string): Response {
  const text = pageText(data, origin, view, today);
  const { coverage } = text;
  let rewriter = new HTMLRewriter()
    .on('title', { element: (el) => void el.setInnerContent(text.title) })
    .on('meta[name="description"]', { element: (el) => void el.setAttribute('content', text.description) })
    .on('head', { element: (el) => void el.append(headTags(text, jsonLdText(data.dataset, origin), origin), { html: true }) })
    // The same line the script writes once it has the data: nothing moves or is painted again.
    .on('#summary', { element: (el) => void el.setInnerContent(text.summary) });
  if (text.day !== today) {
    // Another date's page loads the full records from the start: preload those instead.
    rewriter = rewriter.on('link[rel="preload"][as="fetch"]', { element: (el) => void el.setAttribute('href', agreementsAddress(true)) });
  } else if (coverage) {
    // A country's page today loads its own record (or the EU's) for the details: preload it too.
    const records = recordsShown(coverage).map((id) => `<link rel="preload" href="${escapeHtml(agreementAddress(id))}" as="fetch" crossorigin="anonymous">`);
    rewriter = rewriter.on('link[rel="preload"][as="fetch"]', { element: (el) => void el.after(records.join(''), { html: true }) });
  }
  if (coverage) {
    const answer = answerHtml(coverage, { day: text.day, today, checked: meta.checked });
    rewriter = rewriter
      .on('#details', { element: (el) => void el.removeAttribute('hidden') })
      .on('#details-body', { element: (el) => void el.setInnerContent(answer, { html: true }) });
  }
  return rewriter.transform(template);
}

/** The page of a country code that no country has: the atlas, saying so, kept out of search results. */
export function notFoundPage(template: Response, code: string): Response {
  // The code is named only when it is plain letters and digits: nothing else of the address comes back.
  const named = /^[A-Za-z0-9]{1,12}$/.test(code) ? `“${code}”` : 'in this address';
  const said = `The atlas has no country with the code ${named}. Find a country by its name or code in the search box, or on the map.`;
  return new HTMLRewriter()
    .on('title', { element: (el) => void el.setInnerContent(`No such country — ${siteName}`) })
    .on('meta[name="description"]', { element: (el) => void el.setAttribute('content', said) })
    .on('head', { element: (el) => void el.append('<meta name="robots" content="noindex">', { html: true }) })
    .on('#details', { element: (el) => void el.removeAttribute('hidden') })
    .on('#details-body', {
      element: (el) => void el.setInnerContent(`<h2 id="details-title">No such country</h2><p>${escapeHtml(said)}</p>`, { html: true }),
    })
    .transform(new Response(template.body, { status: 404, headers: template.headers }));
}

/** The embeddable map of a view (embed.html): its title, its full view as canonical, the answer. */
export function embedPage(template: Response, data: PageData, origin: string, view: View, today: string): Response {
  const text = pageText(data, origin, view, today);
  const full = text.canonical;
  return new HTMLRewriter()
    .on('title', { element: (el) => void el.setInnerContent(text.title) })
    .on('meta[name="description"]', { element: (el) => void el.setAttribute('content', text.description) })
    .on('head', { element: (el) => void el.append(`<link rel="canonical" href="${escapeHtml(full)}">`, { html: true }) })
    .on('a#atlas-link', { element: (el) => void el.setAttribute('href', full) })
    .on('#summary', { element: (el) => void el.setInnerContent(text.coverage ? text.description : text.summary) })
    .transform(template);
}
