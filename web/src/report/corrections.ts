// section#corrections: the public log of readers' reports and their status, loaded when the section comes
// near the screen and again whenever a report is sent or the page's language changes. Everything a reader
// wrote is set as text, in the direction it was written.

import type { LaterLocalizer } from '../i18n';
import { list, isObject } from '../normalise';
import { el } from './dom';
import { reportSentEvent } from './draft';
import { normaliseReport, reportClaim, reportDate, reportSubject, statusWords, type LoggedReport } from './log';

const shown = 50;

/** Text readers or maintainers wrote, in whatever language and direction it was written. */
const written = (tag: 'p' | 'span', attributes: Record<string, string>, text: string) => el(tag, { ...attributes, dir: 'auto' }, text);

function item(r: LoggedReport, nameOf: (key: string) => string, l: LaterLocalizer): HTMLElement {
  const claim = reportClaim(r, l);
  return el('li', { id: `report-${r.id}`, class: 'correction', 'data-status': r.status },
    el('h3', {}, reportSubject(r, nameOf, l)),
    el('p', { class: 'correction-meta' },
      `${reportDate(r.created, l)} · `,
      el('span', { class: 'correction-status' }, l.text(statusWords[r.status])),
      ' · ',
      el('a', { href: `/api/v1/reports/${r.id}` }, l.text('correctionsReport', { id: r.id }))),
    claim && el('p', { class: 'correction-claim' }, claim),
    written('p', { class: 'correction-comment' }, r.comment),
    r.source && el('p', { class: 'correction-source' }, `${l.text('correctionsSource')} `,
      el('a', { href: r.source, rel: 'nofollow noopener noreferrer ugc', target: '_blank', dir: 'ltr' }, r.source)),
    r.reply && el('p', { class: 'correction-reply' }, el('strong', {}, `${l.text('correctionsReply')} `), written('span', {}, r.reply)));
}

async function render(body: HTMLElement, nameOf: (key: string) => string, l: LaterLocalizer): Promise<void> {
  let answer: unknown = null;
  try {
    const response = await fetch(`/api/v1/reports?limit=${shown}`, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
    if (response.ok) answer = await response.json();
  } catch {
    // said below
  }
  if (!isObject(answer) || !Array.isArray(answer.reports)) {
    body.replaceChildren(el('p', {}, l.text('correctionsNotLoadedNow')));
    return;
  }
  const reports = list(answer.reports, normaliseReport);
  const total = isObject(answer.meta) && typeof answer.meta.total === 'number' ? answer.meta.total : reports.length;
  const [before, after] = l.text('correctionsAll').split('{link}');
  body.replaceChildren(
    reports.length ? el('ol', { class: 'corrections' }, ...reports.map((r) => item(r, nameOf, l))) : el('p', {}, l.text('correctionsNone')),
    el('p', { class: 'corrections-all' },
      total > reports.length ? `${l.text('correctionsLatest', { shown: reports.length, total })} ` : '',
      before, el('a', { href: '/api/v1/reports', dir: 'ltr' }, '/api/v1/reports'), after),
  );
}

/** Shows the log, and again after a report is sent; `translate` writes it in another language. */
export function showCorrections(body: HTMLElement, nameOf: (key: string) => string, l: LaterLocalizer): { translate(l: LaterLocalizer): void } {
  let current = l;
  void render(body, nameOf, current);
  document.addEventListener(reportSentEvent, () => void render(body, nameOf, current));
  return {
    translate(next) {
      current = next;
      void render(body, nameOf, current);
    },
  };
}
