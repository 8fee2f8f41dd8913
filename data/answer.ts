// The answer for one country on a date, in words: the same sentence in the page's details panel, in the
// HTML the Worker serves before any script runs, in the page's meta description and in its preview image.

import { Network, partnerKey, type CoverageStatus } from './as-of';
import { formatDate } from './dates';
import { escapeHtml } from './html';
import type { Agreement, EuMember } from './types';

export interface CountryCoverage {
  /** ISO alpha-3 (`partnerKey`: EU for the European Union). */
  iso3: string;
  name: string;
  status: CoverageStatus;
  /** The agreement that covered it in its own name on the date (possibly a former state's). */
  agreement: Agreement | null;
  /** Its EU membership, where the EU agreement covered it on the date (with or without its own). */
  euMember: EuMember | null;
  /** Its latest agreement of any date, for saying "signed later" on an earlier date. */
  latest: Agreement | null;
}

/** How a country (by `partnerKey`) was covered on `day`; `name` is used where no agreement names it. */
export function countryCoverage(network: Network, iso3: string, name: string, day: string): CountryCoverage {
  const own = network.agreements.filter((a) => partnerKey(a.partner) === iso3);
  const latest = own.find((a) => a.status !== 'superseded') ?? own.at(-1) ?? null;
  return {
    iso3,
    name: latest?.partner.name ?? name,
    status: network.coverageOn(iso3, day),
    agreement: network.ownAgreementOn(iso3, day) ?? null,
    euMember: network.euCoverageOn(iso3, day) ?? null,
    latest,
  };
}

/** "the 1990 U.S.–Union of Soviet Socialist Republics agreement" */
export function agreementName(a: Agreement): string {
  const year = a.signed ? `${a.signed.slice(0, 4)} ` : '';
  return `the ${year}U.S.–${a.partner.name} agreement`;
}

/** "signed 23 May 2016 in Kyiv, in force since 13 December 2016" */
export function agreementDates(a: Agreement): string {
  const signed = a.signed ? `signed ${formatDate(a.signed)}` : 'signing date not known';
  const place = a.signedPlace ? ` in ${a.signedPlace}` : '';
  const inForce = a.inForce ? `, in force since ${formatDate(a.inForce)}` : '';
  return `${signed}${place}${inForce}`;
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
export function answerSentence(c: CountryCoverage, { day, today, checked }: AnswerContext): string {
  const isToday = day === today;
  // "Ukraine has …" today, "On 1 January 2010, Ukraine had …" on another date.
  const subject = (present: string, past: string) => (isToday ? `${c.name} ${present}` : `On ${formatDate(day)}, ${c.name} ${past}`);
  const a = c.agreement;
  if (a && partnerKey(a.partner) !== c.iso3) {
    return `${subject('is covered', 'was covered')} by ${agreementName(a)} (${agreementDates(a)}), which it succeeded to.`;
  }
  if (a) return `${subject('has', 'had')} a Customs Mutual Assistance Agreement with the United States, ${agreementDates(a)}.`;
  if (c.euMember) {
    return `${subject('is covered', 'was covered')} through the European Union's agreement with the United States, as an EU member since ${formatDate(c.euMember.joined)}.`;
  }
  const when = isToday ? 'today' : `on ${formatDate(day)}`;
  return `No customs mutual assistance agreement with the United States is recorded for ${c.name} ${when}; the data was last checked on ${formatDate(checked)}.`;
}

/**
 * The top of the details panel: the country's name and the answer. The page writes it with the rest of the
 * record; the Worker writes it into the HTML it serves, so that it is there before any script runs.
 */
export function answerHtml(c: CountryCoverage, context: AnswerContext): string {
  return `<h2 id="details-title" data-country="${escapeHtml(c.iso3)}">${escapeHtml(c.name)}</h2>` +
    `<p class="verdict verdict-${c.status}">${escapeHtml(answerSentence(c, context))}</p>`;
}

const statusTitles: Record<CoverageStatus, string> = {
  cmaa: 'customs mutual assistance agreement with the U.S.',
  eu: "covered by the EU's customs mutual assistance agreement with the U.S.",
  none: 'no customs mutual assistance agreement with the U.S.',
};

/** A page's title: the country's answer in a few words, or the atlas's name; with the date if not today. */
export function pageTitle(c: CountryCoverage | null, day: string, today: string): string {
  const on = day === today ? '' : ` on ${formatDate(day)}`;
  if (c) return `${c.name}: ${statusTitles[c.status]}${on} — CMAA Atlas`;
  return on ? `The U.S. Customs Mutual Assistance Agreements${on} — CMAA Atlas` : 'CMAA Atlas — the U.S. Customs Mutual Assistance Agreements, sourced';
}
