// The answer for one country on a date, in words of the page's language: the same sentence in the page's
// details panel, in the HTML the Worker serves before any script runs, in the page's meta description and
// (in English) in its preview image.

import { Network, partnerKey, type CoverageStatus } from './as-of';
import { escapeHtml } from './html';
import type { Localizer } from './i18n';
import type { Agreement, EuMember } from './types';

/** The messages the answer is made of (web/src/messages/). */
export type AnswerKey =
  | 'agreementName' | 'agreementNameUndated' | 'agreementTitle' | 'agreementTitleUndated'
  | 'datesSigned' | 'datesSignedIn' | 'datesSignedUnknown' | 'datesSignedUnknownIn' | 'datesInForce' | 'datesBoth'
  | 'answerOwnToday' | 'answerOwnOn' | 'answerInheritedToday' | 'answerInheritedOn' | 'answerEuToday' | 'answerEuOn'
  | 'answerNoneToday' | 'answerNoneOn' | 'titleCmaa' | 'titleEu' | 'titleNone' | 'titleOn' | 'titleHome' | 'titleHomeOn';

export interface CountryCoverage {
  /** ISO alpha-3 (`partnerKey`: EU for the European Union). */
  iso3: string;
  /** Its name, as the page shows it (in the page's language). */
  name: string;
  status: CoverageStatus;
  /** The agreement that covered it in its own name on the date (possibly a former state's). */
  agreement: Agreement | null;
  /** Its EU membership, where the EU agreement covered it on the date (with or without its own). */
  euMember: EuMember | null;
  /** Its latest agreement of any date, for saying "signed later" on an earlier date. */
  latest: Agreement | null;
}

/** How a country (by `partnerKey`) was covered on `day`; `name` is its name as the page shows it. */
export function countryCoverage(network: Network, iso3: string, name: string, day: string): CountryCoverage {
  const own = network.agreements.filter((a) => partnerKey(a.partner) === iso3);
  const latest = own.find((a) => a.status !== 'superseded') ?? own.at(-1) ?? null;
  return {
    iso3,
    name,
    status: network.coverageOn(iso3, day),
    agreement: network.ownAgreementOn(iso3, day) ?? null,
    euMember: network.euCoverageOn(iso3, day) ?? null,
    latest,
  };
}

/** "the 1990 U.S.–Union of Soviet Socialist Republics agreement"; `title` for one that starts a sentence. */
export function agreementName(a: Agreement, l: Localizer<AnswerKey>, title = false): string {
  const partner = l.country(a.partner);
  if (!a.signed) return l.text(title ? 'agreementTitleUndated' : 'agreementNameUndated', { partner });
  return l.text(title ? 'agreementTitle' : 'agreementName', { partner, year: a.signed.slice(0, 4) });
}

/**
 * "signed 23 May 2016 in Kyiv, in force since 13 December 2016"; `placed` sets the place of signature in the
 * sentence (answerHtml marks it, the record's own words, with their language).
 */
export function agreementDates(a: Agreement, l: Localizer<AnswerKey>, placed = (place: string) => place): string {
  const place = a.signedPlace ? placed(a.signedPlace) : '';
  const signed = a.signed
    ? l.text(place ? 'datesSignedIn' : 'datesSigned', { place, ...l.dated('signed', a.signed) })
    : l.text(place ? 'datesSignedUnknownIn' : 'datesSignedUnknown', { place });
  if (!a.inForce) return signed;
  return l.text('datesBoth', { signed, inForce: l.text('datesInForce', l.dated('inForce', a.inForce)) });
}

export interface AnswerContext {
  /** The date shown, `YYYY-MM-DD`. */
  day: string;
  /** Today: the present tense is used for it. */
  today: string;
  /** `meta.checked`: when the data was last checked against its sources. */
  checked: string;
}

/**
 * The answer in one sentence, naming the country (it is read out of the page too, in a search result or a
 * link preview), with its dates, or, for no agreement, the date the data was last checked.
 */
export function answerSentence(
  c: CountryCoverage, { day, today, checked }: AnswerContext, l: Localizer<AnswerKey>, placed?: (place: string) => string,
): string {
  const isToday = day === today;
  const params = { country: c.name, ...l.dated('day', day), ...l.dated('checked', checked) };
  const a = c.agreement;
  if (a && partnerKey(a.partner) !== c.iso3) {
    return l.text(isToday ? 'answerInheritedToday' : 'answerInheritedOn', { ...params, agreement: agreementName(a, l), dates: agreementDates(a, l, placed) });
  }
  if (a) return l.text(isToday ? 'answerOwnToday' : 'answerOwnOn', { ...params, dates: agreementDates(a, l, placed) });
  if (c.euMember) return l.text(isToday ? 'answerEuToday' : 'answerEuOn', { ...params, ...l.dated('joined', c.euMember.joined) });
  return l.text(isToday ? 'answerNoneToday' : 'answerNoneOn', params);
}

/**
 * The top of the details panel: the country's name and the answer. The page writes it with the rest of the
 * record; the Worker writes it into the HTML it serves, so that it is there before any script runs.
 */
export function answerHtml(c: CountryCoverage, context: AnswerContext, l: Localizer<AnswerKey>): string {
  // The place of signature is the record's, in English: in another language's sentence it is marked so.
  const sentence = l.lang === 'en'
    ? escapeHtml(answerSentence(c, context, l))
    : escapeHtml(answerSentence(c, context, l, (place) => `\u0001${place}\u0002`))
      .replace(/\u0001(.*?)\u0002(\.?)/g, (_, place: string, stop: string) => `<span lang="en">${place}</span>${place.endsWith('.') ? '' : stop}`);
  return `<h2 id="details-title" data-country="${escapeHtml(c.iso3)}">${escapeHtml(c.name)}</h2>` +
    `<p class="verdict verdict-${c.status}">${sentence}</p>`;
}

const statusTitles: Record<CoverageStatus, AnswerKey> = { cmaa: 'titleCmaa', eu: 'titleEu', none: 'titleNone' };

/** A page's title: the country's answer in a few words, or the atlas's name; with the date if not today. */
export function pageTitle(c: CountryCoverage | null, day: string, today: string, l: Localizer<AnswerKey>): string {
  if (!c) return day === today ? l.text('titleHome') : l.text('titleHomeOn', l.dated('day', day));
  const title = l.text(statusTitles[c.status], { country: c.name });
  return `${day === today ? title : l.text('titleOn', { title, ...l.dated('day', day) })} — CMAA Atlas`;
}
