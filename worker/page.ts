// The atlas's pages as the Worker serves them: the built page (web/dist/index.html, or embed.html) read
// through ASSETS, with what each view says written in by HTMLRewriter, so that search engines, link
// previews and readers without script see it: the head (title, description, canonical link, the other
// languages' addresses, Open Graph and Twitter tags, schema.org Dataset, oEmbed discovery), for a country the
// answer in #details, and, in another language than English, every fixed word of the page and its
// `<html lang dir>`, from the first byte.

import { partnerKey } from '../data/as-of';
import { answerHtml, answerSentence, countryCoverage, pageTitle, type CountryCoverage } from '../data/answer';
import { escapeHtml } from '../data/html';
import { fixedWords, languages, type Localizer } from '../data/i18n';
import { htmlSafeJson } from '../data/json';
import { agreementAddress, agreementsAddress, recordsShown, viewAddress, type View } from '../data/links';
import meta from '../data/meta.json';
import type { PreviewManifest } from '../data/previews-file';
import { summaryLine } from '../data/summary';
import type { ServedDataset } from './dataset';

/** The words of a page: its language's messages, as the build wrote them (worker/messages.ts). */
/** A language's words; `script`, the page's module of them, is preloaded by a page in that language. */
export type Words = Localizer<string> & { readonly script?: string | null };

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
  /** Absolute: the same view in each language (`?lang=`), and as the reader's own (`x-default`). */
  alternates: [hreflang: string, href: string][];
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

/**
 * The text of a view in the language of `l`; `view.country` must be one the manifest knows, or null. The
 * canonical address keeps the language the address asked for (`view.lang`), none if it asked for none.
 */
export function pageText({ dataset, previews }: PageData, origin: string, view: View, today: string, l: Words): PageText {
  const day = shownDay(dataset, view.asOf, today);
  const shown: View = { country: view.country, asOf: day === today ? null : day };
  const canonical = origin + viewAddress({ ...shown, lang: view.lang ?? null });
  const alternates: PageText['alternates'] = [
    ...languages.map((lang): [string, string] => [lang, origin + viewAddress({ ...shown, lang })]),
    ['x-default', origin + viewAddress({ ...shown, lang: null })],
  ];
  const country = view.country ? previews.countries[view.country] : undefined;
  const summary = rememberedSummary(dataset, previews, day, today, l);
  const common = { canonical, alternates, summary, day, today };
  if (!country) {
    return {
      ...common,
      title: pageTitle(null, day, today, l),
      description: l.text('pageDescription', { summary }),
      image: origin + previews.world,
      imageAlt: l.text('imageAltWorld'),
      coverage: null,
    };
  }
  // The partner's own name where it has an agreement, else the map's; in the page's language.
  const partner = dataset.network.agreements.find((a) => partnerKey(a.partner) === view.country)?.partner;
  const coverage = countryCoverage(dataset.network, view.country!, l.country(partner ?? country), day);
  return {
    ...common,
    title: pageTitle(coverage, day, today, l),
    description: answerSentence(coverage, { day, today, checked: meta.checked }, l),
    image: origin + country.image,
    imageAlt: l.text('imageAltCountry', { country: coverage.name }),
    coverage,
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
function summaryOf(dataset: ServedDataset, previews: PreviewManifest, day: string, today: string, l: Words): string {
  let euCovered = 0;
  for (const [key, { onMap }] of Object.entries(previews.countries)) if (onMap && dataset.network.coverageOn(key, day) === 'eu') euCovered += 1;
  return summaryLine(dataset.network.agreementsOn(day), euCovered, day, today, l);
}

const rememberedSummary = rememberLast(summaryOf);

/** The dataset, as schema.org describes one, in the page's language: what search engines show in dataset search. */
export function datasetJsonLd({ network }: ServedDataset, origin: string, l: Words) {
  const first = network.agreements.map((a) => network.countsFrom(a)).sort()[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: l.text('datasetName'),
    alternateName: siteName,
    description: l.text('datasetDescription'),
    inLanguage: l.lang,
    url: `${origin}/`,
    version: meta.version,
    dateModified: meta.updated,
    license: dataLicense,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: siteName, url: `${origin}/` },
    keywords: l.text('datasetKeywords').split(/[,،] /),
    spatialCoverage: { '@type': 'Place', name: 'World' },
    temporalCoverage: `${first}/..`,
    distribution: [
      { '@type': 'DataDownload', name: l.text('datasetCsv'), encodingFormat: 'text/csv', contentUrl: `${origin}/api/v1/agreements.csv?status=all` },
      { '@type': 'DataDownload', name: l.text('datasetJson'), encodingFormat: 'application/json', contentUrl: `${origin}/api/v1/agreements?status=all` },
    ],
  };
}

/** The oEmbed document of a page: its address. */
export const oembedAddress = (origin: string, url: string) => `${origin}/api/v1/oembed?url=${encodeURIComponent(url)}&format=json`;

/** The JSON-LD, as the page carries it. */
const jsonLdText = rememberLast((dataset: ServedDataset, origin: string, l: Words) => htmlSafeJson(datasetJsonLd(dataset, origin, l)));

function headTags(text: PageText, jsonLd: string, origin: string): string {
  const a = escapeHtml;
  return [
    `<link rel="canonical" href="${a(text.canonical)}">`,
    ...text.alternates.map(([hreflang, href]) => `<link rel="alternate" hreflang="${hreflang}" href="${a(href)}">`),
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

/**
 * A rewriter that writes a built page in the language of `l`: `<html lang dir>`, the language menu's choice,
 * and every element's fixed words (`data-i18n`, `data-i18n-attr`, as web/src/i18n.ts does in the browser).
 */
function inLanguage(l: Words): HTMLRewriter {
  const rewriter = new HTMLRewriter()
    .on('html', { element: (el) => void el.setAttribute('lang', l.lang).setAttribute('dir', l.dir) })
    .on(`#language option[value="${l.lang}"]`, { element: (el) => void el.setAttribute('selected', '') });
  // The built page is in English already.
  if (l.lang === 'en') return rewriter;
  // The script loads the language's words as soon as it runs: fetched meanwhile, beside the script itself.
  const script = l.script;
  if (script) rewriter.on('head', { element: (el) => void el.append(`<link rel="modulepreload" crossorigin href="${escapeHtml(script)}">`, { html: true }) });
  return rewriter
    .on('[data-i18n]', { element: (el) => void el.setInnerContent(l.text(el.getAttribute('data-i18n')!)) })
    .on('[data-i18n-attr]', {
      element: (el) => {
        for (const [name, key] of fixedWords(el.getAttribute('data-i18n-attr')!)) el.setAttribute(name, l.text(key));
      },
    });
}

/** The atlas's page for a view, written over the built index.html, in the language of `l`. */
export function atlasPage(template: Response, data: PageData, origin: string, view: View, today: string, l: Words): Response {
  const text = pageText(data, origin, view, today, l);
  const { coverage } = text;
  let rewriter = inLanguage(l)
    .on('title', { element: (el) => void el.setInnerContent(text.title) })
    .on('meta[name="description"]', { element: (el) => void el.setAttribute('content', text.description) })
    .on('head', { element: (el) => void el.append(headTags(text, jsonLdText(data.dataset, origin, l), origin), { html: true }) })
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
    const answer = answerHtml(coverage, { day: text.day, today, checked: meta.checked }, l);
    rewriter = rewriter
      .on('#details', { element: (el) => void el.removeAttribute('hidden') })
      .on('#details-body', { element: (el) => void el.setInnerContent(answer, { html: true }) });
  }
  return rewriter.transform(template);
}

/** The page of a country code that no country has: the atlas, saying so, kept out of search results. */
export function notFoundPage(template: Response, code: string, l: Words): Response {
  // The code is named only when it is plain letters and digits: nothing else of the address comes back.
  const said = /^[A-Za-z0-9]{1,12}$/.test(code) ? l.text('notFoundCode', { code }) : l.text('notFoundAddress');
  const title = l.text('notFoundTitle');
  return inLanguage(l)
    .on('title', { element: (el) => void el.setInnerContent(`${title} — ${siteName}`) })
    .on('meta[name="description"]', { element: (el) => void el.setAttribute('content', said) })
    .on('head', { element: (el) => void el.append('<meta name="robots" content="noindex">', { html: true }) })
    .on('#details', { element: (el) => void el.removeAttribute('hidden') })
    .on('#details-body', {
      element: (el) => void el.setInnerContent(`<h2 id="details-title">${escapeHtml(title)}</h2><p>${escapeHtml(said)}</p>`, { html: true }),
    })
    .transform(new Response(template.body, { status: 404, headers: template.headers }));
}

/** The embeddable map of a view (embed.html): its title, its full view as canonical, the answer. */
export function embedPage(template: Response, data: PageData, origin: string, view: View, today: string, l: Words): Response {
  const text = pageText(data, origin, view, today, l);
  const full = text.canonical;
  return inLanguage(l)
    .on('title', { element: (el) => void el.setInnerContent(text.title) })
    .on('meta[name="description"]', { element: (el) => void el.setAttribute('content', text.description) })
    .on('head', { element: (el) => void el.append(`<link rel="canonical" href="${escapeHtml(full)}">`, { html: true }) })
    .on('a#atlas-link', { element: (el) => void el.setAttribute('href', full) })
    .on('#summary', { element: (el) => void el.setInnerContent(text.coverage ? text.description : text.summary) })
    .transform(template);
}
