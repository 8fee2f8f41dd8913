// The details panel: everything the record holds about one country's coverage, as HTML built from escaped
// text (a pure function, tested without a browser).

import { agreementName, answerHtml } from '../../data/answer';
import { partnerKey } from '../../data/as-of';
import { viewAddress } from '../../data/links';
import type { Agreement, Mra, Signatory, Source } from '../../data/types';
import type { Atlas, CountryCoverage } from './atlas';
import { predecessorsHtml } from './earlier';
import { escapeHtml as esc, formatDate } from './format';
import { citedRecord, recordUrl, releaseNoteHtml, type RecordRelease } from './record-release';

const statusWords: Record<Agreement['status'], string> = {
  'in-force': 'In force',
  signed: 'Signed (no evidence of entry into force found)',
  superseded: 'Superseded',
};

const notKnown = '<span class="not-known">not known</span>';
const orNotKnown = (value: string | null) => (value ? esc(value) : notKnown);
const dateOrNotKnown = (value: string | null) => (value ? esc(formatDate(value)) : notKnown);

function row(label: string, html: string): string {
  return `<dt>${esc(label)}</dt><dd>${html}</dd>`;
}

function people(list: Signatory[]): string {
  if (list.length === 0) return notKnown;
  return list.map((s) => esc(s.title ? `${s.name}, ${s.title}` : s.name)).join('<br>');
}

/** Lineage in words: "Replaces the 1990 U.S.–Soviet Union agreement." */
export function lineageText(a: Agreement, byId: ReadonlyMap<string, Agreement>): string | null {
  const parts: string[] = [];
  const before = a.successorTo ? byId.get(a.successorTo) : undefined;
  const after = a.supersededBy ? byId.get(a.supersededBy) : undefined;
  if (before) parts.push(`${before.partner.type === 'former' ? 'Succeeds' : 'Replaces'} ${agreementName(before)}.`);
  if (after) parts.push(`Replaced by ${agreementName(after)}.`);
  return parts.length ? parts.join(' ') : null;
}

function sourcesList(sources: Source[]): string {
  const items = sources.map((s) => {
    const meta = [s.publisher, s.date ? formatDate(s.date) : null].filter(Boolean).join(', ');
    return `<li><a href="${esc(s.url)}" rel="noopener noreferrer" target="_blank">${esc(s.title)}</a> <span class="source-meta">(${esc(meta)})</span></li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}

/** The full record of one agreement. */
export function agreementHtml(a: Agreement, byId: ReadonlyMap<string, Agreement>): string {
  const binding = a.binding === null ? notKnown : a.binding ? 'Yes' : 'No (non-binding)';
  const lineage = lineageText(a, byId);
  return [
    '<dl class="facts">',
    row('Signed', dateOrNotKnown(a.signed)),
    row('Place of signature', orNotKnown(a.signedPlace)),
    row('Entry into force', dateOrNotKnown(a.inForce)),
    row('Status', esc(statusWords[a.status])),
    row('Legally binding', binding),
    row('Signed for the United States', people(a.signatories.us)),
    row(`Signed for ${a.partner.name}`, people(a.signatories.partner)),
    lineage ? row('Lineage', esc(lineage)) : '',
    a.partner.dissolved ? row(`${a.partner.name} ceased to exist`, esc(formatDate(a.partner.dissolved))) : '',
    row('Confidence', esc(a.confidence)),
    a.notes ? row('Notes', esc(a.notes)) : '',
    '</dl>',
    `<h3>Sources</h3>${sourcesList(a.sources)}`,
  ].join('');
}

/** An AEO mutual recognition arrangement, in short. */
export function mraHtml(m: Mra): string {
  const place = m.signedPlace ? ` in ${esc(m.signedPlace)}` : '';
  const programs = [m.programs.us, m.programs.partner].filter(Boolean).map((p) => esc(p!)).join(' and ');
  return [
    '<section class="mra"><h3>AEO mutual recognition</h3>',
    `<p>A mutual recognition arrangement${programs ? ` between ${programs}` : ''} was signed ${m.signed ? `on ${esc(formatDate(m.signed))}` : 'on a date not known'}${place}.</p>`,
    m.notes ? `<p class="mra-notes">${esc(m.notes)}</p>` : '',
    sourcesList(m.sources),
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

/** What the panel says of a country, in one line: the subject of its citation. */
export function citationSubject(c: CountryCoverage, when: string): string {
  if (c.agreement) {
    if (partnerKey(c.agreement.partner) !== c.iso3) return `${c.name}: covered ${when} by ${agreementName(c.agreement)}`;
    const signed = c.agreement.signed ? `signed ${formatDate(c.agreement.signed)}` : 'signing date not known';
    return `${c.name}: Customs Mutual Assistance Agreement with the United States (${signed})`;
  }
  if (c.euMember) return `${c.name}: covered ${when} through the EU–U.S. customs mutual assistance agreement`;
  return `${c.name}: no customs mutual assistance agreement with the United States recorded ${when}`;
}

/**
 * A plain citation with the page's URL for this view, the API record's URL and the access date; once the
 * release that holds the data shown is known, it names the release and pins the record's URL to it.
 */
export function citationText(c: CountryCoverage, atlas: Atlas, { day, today, origin, release }: DetailsContext): string {
  const when = day === today ? `as of ${formatDate(day)}` : `on ${formatDate(day)}`;
  const page = viewAddress({ country: c.iso3, asOf: day === today ? null : day });
  const record = citedRecord(c, atlas);
  const cited = release?.id === record?.id ? release?.cited : null;
  const api = record ? ` (record: ${recordUrl(origin, { id: record.id, cited })})` : '';
  const source = cited ? `release ${cited}` : `dataset version ${atlas.data.meta.version}`;
  return `${citationSubject(c, when)}. In: CMAA Atlas, ${source}. ` +
    `${origin}${page}${api}. Accessed ${formatDate(today)}.`;
}

function citationHtml(text: string): string {
  return `<section class="cite"><h3>Cite this record</h3><p id="citation">${esc(text)}</p>` +
    `<button type="button" data-copy="citation">Copy citation</button></section>`;
}

/**
 * The buttons that open the report form (web/src/report/, loaded when one is pressed): a correction to the
 * agreement shown, and an agreement we don't list wherever the country has none of its own.
 */
export function reportButtonsHtml(c: CountryCoverage, atlas: Atlas): string {
  const shown = c.agreement ?? (c.euMember ? atlas.euAgreement : null);
  const hasOwn = c.agreement !== null && partnerKey(c.agreement.partner) === c.iso3;
  return `<div class="report-buttons">${[
    shown ? `<button type="button" data-report="correction" data-agreement="${esc(shown.id)}">Suggest a correction</button>` : '',
    hasOwn ? '' : `<button type="button" data-report="missing-agreement">Report an agreement we don't list</button>`,
  ].join('')}</div>`;
}

/** The panel for a country on a date: its own agreement, its coverage through the EU, or a plain no. */
export function detailsHtml(c: CountryCoverage, atlas: Atlas, context: DetailsContext): string {
  const { day, today } = context;
  const parts = [answerHtml(c, { day, today, checked: atlas.data.meta.checked })];
  if (c.agreement) {
    const inherited = partnerKey(c.agreement.partner) !== c.iso3;
    parts.push(agreementHtml(c.agreement, atlas.byId), inherited ? '' : predecessorsHtml(c.agreement, atlas.network));
    if (c.euMember) {
      parts.push(`<p>Also covered through the European Union's agreement, as an EU member since ${esc(formatDate(c.euMember.joined))}.</p>`);
    }
  } else if (c.euMember && atlas.euAgreement) {
    parts.push(`<h3>The EU–U.S. agreement</h3>`, agreementHtml(atlas.euAgreement, atlas.byId));
  } else if (c.latest && day !== today) {
    const when = c.latest.signed ? `on ${formatDate(c.latest.signed)}` : 'on a date not known';
    parts.push(`<p>An agreement was signed later, ${esc(when)}.</p>`);
  }
  const mra = atlas.mraOf(c.status === 'eu' ? 'EU' : c.iso3);
  if (mra) parts.push(mraHtml(mra));
  if (context.release) parts.push(releaseNoteHtml(context.release));
  parts.push(citationHtml(citationText(c, atlas, context)), reportButtonsHtml(c, atlas));
  return parts.join('');
}
