// section#corrections: the public log of readers' reports and their status, loaded when the section comes
// near the screen and again whenever a report is sent. Everything a reader wrote is set as text.

import { list, isObject } from '../normalise';
import { el } from './dom';
import { reportSentEvent } from './draft';
import { normaliseReport, reportClaim, reportDate, reportSubject, statusWords, type LoggedReport } from './log';

const shown = 50;

function item(r: LoggedReport, nameOf: (key: string) => string): HTMLElement {
  return el('li', { id: `report-${r.id}`, class: 'correction', 'data-status': r.status },
    el('h3', {}, reportSubject(r, nameOf)),
    el('p', { class: 'correction-meta' },
      `${reportDate(r.created)} · `,
      el('span', { class: 'correction-status' }, statusWords[r.status]),
      ' · ',
      el('a', { href: `/api/v1/reports/${r.id}` }, `report ${r.id}`)),
    reportClaim(r) && el('p', { class: 'correction-claim' }, reportClaim(r)),
    el('p', { class: 'correction-comment' }, r.comment),
    r.source && el('p', { class: 'correction-source' }, 'Source: ', el('a', { href: r.source, rel: 'nofollow noopener noreferrer ugc', target: '_blank' }, r.source)),
    r.reply && el('p', { class: 'correction-reply' }, el('strong', {}, 'Reply: '), r.reply));
}

async function render(body: HTMLElement, nameOf: (key: string) => string): Promise<void> {
  let answer: unknown = null;
  try {
    const response = await fetch(`/api/v1/reports?limit=${shown}`, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
    if (response.ok) answer = await response.json();
  } catch {
    // said below
  }
  if (!isObject(answer) || !Array.isArray(answer.reports)) {
    body.replaceChildren(el('p', {}, 'The corrections log could not be loaded just now.'));
    return;
  }
  const reports = list(answer.reports, normaliseReport);
  const total = isObject(answer.meta) && typeof answer.meta.total === 'number' ? answer.meta.total : reports.length;
  body.replaceChildren(
    reports.length ? el('ol', { class: 'corrections' }, ...reports.map((r) => item(r, nameOf))) : el('p', {}, 'No reports yet.'),
    el('p', { class: 'corrections-all' },
      total > reports.length ? `The latest ${reports.length} of ${total}. ` : '',
      'Every report, as JSON: ', el('a', { href: '/api/v1/reports' }, '/api/v1/reports'), '.'),
  );
}

export function showCorrections(body: HTMLElement, nameOf: (key: string) => string): void {
  void render(body, nameOf);
  document.addEventListener(reportSentEvent, () => void render(body, nameOf));
}
