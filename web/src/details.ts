// The details panel: everything the record holds about one country's coverage, as HTML built from escaped
// text (a pure function, tested without a browser).

import { agreementName, answerHtml } from '../../data/answer';
import { partnerKey } from '../../data/as-of';
import { viewAddress } from '../../data/links';
import type { Agreement, Mra, Signatory, Source } from '../../data/types';
import type { Atlas, CountryCoverage } from './atlas';
import { predecessorsHtml } from './earlier';
import { escapeHtml as esc } from './format';
import type { MessageKey, PageLocalizer } from './i18n';
import { citedRecord, recordUrl, releaseNoteHtml, type RecordRelease } from './record-release';
import { confidenceText } from './table';

const statusWords: Record<Agreement['status'], MessageKey> = {
  'in-force': 'detailsInForce',
  signed: 'detailsSigned',
  superseded: 'detailsSuperseded',
};

const notKnown = (l: PageLocalizer) => `<span class="not-known">${esc(l.text('notKnown'))}</span>`;

function row(label: string, html: string): string {
  return `<dt>${esc(label)}</dt><dd>${html}</dd>`;
}

/** Text from the record itself, written in English whatever the page's language: marked so, and set left to right. */
const recorded = (text: string) => `<span lang="en" dir="ltr">${esc(text)}</span>`;

function people(list: Signatory[], l: PageLocalizer): string {
  if (list.length === 0) return notKnown(l);
  return list.map((s) => recorded(s.title ? `${s.name}, ${s.title}` : s.name)).join('<br>');
}

/** Lineage in words: "Replaces the 1990 U.S.–Soviet Union agreement." */
export function lineageText(a: Agreement, byId: ReadonlyMap<string, Agreement>, l: PageLocalizer): string | null {
  const parts: string[] = [];
  const before = a.successorTo ? byId.get(a.successorTo) : undefined;
  const after = a.supersededBy ? byId.get(a.supersededBy) : undefined;
  if (before) parts.push(l.text(before.partner.type === 'former' ? 'lineageSucceeds' : 'lineageReplaces', { agreement: agreementName(before, l) }));
  if (after) parts.push(l.text('lineageReplacedBy', { agreement: agreementName(after, l) }));
  return parts.length ? parts.join(' ') : null;
}

/** The sources as links, each title in its own language (English unless the source says otherwise). */
function sourcesList(sources: Source[], l: PageLocalizer): string {
  const items = sources.map((s) => {
    const lang = s.lang ?? 'en';
    const meta = [s.publisher, s.date ? l.date(s.date) : null].filter(Boolean).join(', ');
    return `<li><a href="${esc(s.url)}" rel="noopener noreferrer" target="_blank" lang="${esc(lang)}" dir="auto">${esc(s.title)}</a> ` +
      `<span class="source-meta">(${esc(meta)})</span></li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}

/** The full record of one agreement. */
export function agreementHtml(a: Agreement, byId: ReadonlyMap<string, Agreement>, l: PageLocalizer): string {
  const binding = a.binding === null ? notKnown(l) : esc(l.text(a.binding ? 'bindingYes' : 'bindingNo'));
  const lineage = lineageText(a, byId, l);
  const partner = l.country(a.partner);
  const dateOrNotKnown = (value: string | null) => (value ? esc(l.date(value)) : notKnown(l));
  return [
    '<dl class="facts">',
    row(l.text('factSigned'), dateOrNotKnown(a.signed)),
    row(l.text('factPlace'), a.signedPlace ? recorded(a.signedPlace) : notKnown(l)),
    row(l.text('factInForce'), dateOrNotKnown(a.inForce)),
    row(l.text('factStatus'), esc(l.text(statusWords[a.status]))),
    row(l.text('factBinding'), binding),
    row(l.text('factSignedForUs'), people(a.signatories.us, l)),
    row(l.text('factSignedFor', { partner }), people(a.signatories.partner, l)),
    lineage ? row(l.text('factLineage'), esc(lineage)) : '',
    a.partner.dissolved ? row(l.text('factCeased', { partner }), esc(l.date(a.partner.dissolved))) : '',
    row(l.text('factConfidence'), esc(l.text(confidenceText[a.confidence]))),
    a.notes ? row(l.text('factNotes'), recorded(a.notes)) : '',
    '</dl>',
    `<h3>${esc(l.text('sourcesTitle'))}</h3>${sourcesList(a.sources, l)}`,
  ].join('');
}

/** An AEO mutual recognition arrangement, in short. */
export function mraHtml(m: Mra, l: PageLocalizer): string {
  const programs = l.list([m.programs.us, m.programs.partner].filter((p): p is string => Boolean(p)));
  const place = m.signedPlace ?? '';
  const sentence = m.signed
    ? l.text(place ? 'mraSignedIn' : 'mraSigned', { programs, place, ...l.dated('signed', m.signed) })
    : l.text(place ? 'mraSignedUnknownIn' : 'mraSignedUnknown', { programs, place });
  return [
    `<section class="mra"><h3>${esc(l.text('mraTitle'))}</h3>`,
    `<p>${esc(sentence)}</p>`,
    m.notes ? `<p class="mra-notes" lang="en" dir="ltr">${esc(m.notes)}</p>` : '',
    sourcesList(m.sources, l),
    '</section>',
  ].join('');
}

export interface DetailsContext {
  /** The date shown. */
  day: string;
  /** Today, the access date of a citation. */
  today: string;
  /** The page's origin, for the citation's URLs. */
  origin: string;
  /** The releases behind the record cited, once its history has loaded (record-release.ts). */
  release?: RecordRelease | null;
}

/** What the panel says of a country, in one line: the subject of its citation; `when` is "as of …" or "on …". */
export function citationSubject(c: CountryCoverage, when: string, l: PageLocalizer): string {
  const country = c.name;
  if (c.agreement) {
    if (partnerKey(c.agreement.partner) !== c.iso3) return l.text('citeInherited', { country, when, agreement: agreementName(c.agreement, l) });
    return c.agreement.signed
      ? l.text('citeOwn', { country, ...l.dated('signed', c.agreement.signed) })
      : l.text('citeOwnUndated', { country });
  }
  if (c.euMember) return l.text('citeEu', { country, when });
  return l.text('citeNone', { country, when });
}

/** The view's address: its country's page, its date, and its language unless English. */
const viewUrl = (origin: string, c: CountryCoverage, day: string, today: string, l: PageLocalizer) =>
  origin + viewAddress({ country: c.iso3, asOf: day === today ? null : day, lang: l.lang === 'en' ? null : l.lang });

/**
 * A plain citation with the page's URL for this view, the API record's URL and the access date; once the
 * release that holds the data shown is known, it names the release and pins the record's URL to it.
 */
export function citationText(c: CountryCoverage, atlas: Atlas, { day, today, origin, release }: DetailsContext, l: PageLocalizer): string {
  const when = day === today ? l.text('citeAsOf', l.dated('day', day)) : l.when(day);
  const record = citedRecord(c, atlas);
  const cited = release?.id === record?.id ? release?.cited : null;
  const params = {
    subject: citationSubject(c, when, l),
    edition: cited ? l.text('citeRelease', { version: cited }) : l.text('citeDataset', { version: atlas.data.meta.version }),
    url: viewUrl(origin, c, day, today, l),
    accessed: l.date(today),
  };
  return record
    ? l.text('citeWithRecord', { ...params, record: recordUrl(origin, { id: record.id, cited }) })
    : l.text('citeWithoutRecord', params);
}

function citationHtml(text: string, l: PageLocalizer): string {
  return `<section class="cite"><h3>${esc(l.text('citeTitle'))}</h3><p id="citation">${esc(text)}</p>` +
    `<button type="button" data-copy="citation">${esc(l.text('copyCitation'))}</button></section>`;
}

/**
 * The buttons that open the report form (web/src/report/, loaded when one is pressed): a correction to the
 * agreement shown, and an agreement we don't list wherever the country has none of its own.
 */
export function reportButtonsHtml(c: CountryCoverage, atlas: Atlas, l: PageLocalizer): string {
  const shown = c.agreement ?? (c.euMember ? atlas.euAgreement : null);
  const hasOwn = c.agreement !== null && partnerKey(c.agreement.partner) === c.iso3;
  return `<div class="report-buttons">${[
    shown ? `<button type="button" data-report="correction" data-agreement="${esc(shown.id)}">${esc(l.text('reportCorrection'))}</button>` : '',
    hasOwn ? '' : `<button type="button" data-report="missing-agreement">${esc(l.text('reportMissing'))}</button>`,
  ].join('')}</div>`;
}

/** The panel for a country on a date: its own agreement, its coverage through the EU, or a plain no. */
export function detailsHtml(c: CountryCoverage, atlas: Atlas, context: DetailsContext, l: PageLocalizer): string {
  const { day, today } = context;
  const parts = [answerHtml(c, { day, today, checked: atlas.data.meta.checked }, l)];
  if (c.agreement) {
    const inherited = partnerKey(c.agreement.partner) !== c.iso3;
    parts.push(agreementHtml(c.agreement, atlas.byId, l), inherited ? '' : predecessorsHtml(c.agreement, atlas.network, l));
    if (c.euMember) parts.push(`<p>${esc(l.text('alsoEu', l.dated('joined', c.euMember.joined)))}</p>`);
  } else if (c.euMember && atlas.euAgreement) {
    parts.push(`<h3>${esc(l.text('euAgreementTitle'))}</h3>`, agreementHtml(atlas.euAgreement, atlas.byId, l));
  } else if (c.latest && day !== today) {
    parts.push(`<p>${esc(c.latest.signed ? l.text('signedLater', l.dated('signed', c.latest.signed)) : l.text('signedLaterUnknown'))}</p>`);
  }
  const mra = atlas.mraOf(c.status === 'eu' ? 'EU' : c.iso3);
  if (mra) parts.push(mraHtml(mra, l));
  if (context.release) parts.push(releaseNoteHtml(context.release, l));
  parts.push(citationHtml(citationText(c, atlas, context, l), l), reportButtonsHtml(c, atlas, l));
  return parts.join('');
}
