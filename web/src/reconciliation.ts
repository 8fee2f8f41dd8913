// "CBP reports N; this atlas identifies M": the list against CBP's own counts, as HTML in the page's language
// (pure, tested without a browser). What CBP and the leads' sources said stays in English, marked so.

import { countsLikeCbp, reconcile } from '../../data/reconcile';
import type { Agreement, CbpCount, Unconfirmed } from '../../data/types';
import { escapeHtml as esc } from './format';
import type { LaterLocalizer } from './i18n';

export function reconciliationHtml(
  agreements: readonly Agreement[], counts: readonly CbpCount[], unconfirmed: readonly Unconfirmed[], l: LaterLocalizer,
): string {
  const r = reconcile(agreements, counts);
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const strong = (n: number) => ({ html: `<strong>${l.number(n)}</strong>` });
  const summary = r.cbpCount
    ? `<p class="reconcile-summary">${l.html('reconcileSummary', {
      count: strong(r.cbpCount.count),
      date: l.date(r.cbpCount.date),
      source: { html: `<a href="${esc(r.cbpCount.source.url)}" rel="noopener noreferrer">${esc(l.text('reconcileSource'))}</a>` },
      identified: strong(r.identified),
      byDate: r.identifiedByCountDate,
      undated: r.undated,
      since: r.identified - r.identifiedByCountDate - r.undated,
    })} ${r.unidentified > 0
      ? l.html('reconcileUnidentified', { unidentified: strong(r.unidentified), count: r.cbpCount.count })
      : l.html('reconcileAllMatched')}</p>`
    : `<p class="reconcile-summary">${l.html('reconcileIdentified', { identified: strong(r.identified) })}</p>`;
  const rows = [...counts]
    .sort((a, b) => a.count - b.count || String(a.date).localeCompare(String(b.date)))
    .map((c) => {
      const partners = c.agreements.map((id) => byId.get(id)).map((a) => (a ? l.country(a.partner) : null)).filter(Boolean);
      const count = c.kind === 'ordinal' ? l.text('reconcileOrdinal', { count: c.count }) : l.number(c.count);
      return `<tr><td>${esc(count)}</td><td>${esc(l.date(c.date))}</td>` +
        `<td>${partners.length ? esc(l.list(partners as string[])) : '—'}</td><td><a href="${esc(c.source.url)}" rel="noopener noreferrer" lang="en">${esc(c.source.publisher)}</a></td></tr>`;
    });
  const undated = agreements.filter((a) => countsLikeCbp(a) && a.signed === null).map((a) => l.country(a.partner));
  const undatedList = undated.length ? `<p>${l.html('reconcileUndated', { partners: l.list(undated) })}</p>` : '';
  const leads = unconfirmed.map((u) => {
    const links = u.sources.map((s) => `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.publisher)}</a>`).join(', ');
    return `<li><strong>${esc(l.country(u.partner))}</strong>: <span lang="en" dir="ltr">${esc(u.claim)} ${esc(u.finding)} (${links})</span></li>`;
  });
  const leadList = leads.length
    ? `<h3>${esc(l.text('reconcileLeadsTitle'))}</h3><p>${esc(l.text('reconcileLeadsIntro'))}</p><ul class="leads">${leads.join('')}</ul>`
    : '';
  return `${summary}${undatedList}${leadList}<div class="table-scroll"><table class="counts"><caption>${esc(l.text('reconcileCaption'))}</caption>` +
    `<thead><tr><th scope="col">${esc(l.text('reconcileColumnCount'))}</th><th scope="col">${esc(l.text('reconcileColumnStated'))}</th>` +
    `<th scope="col">${esc(l.text('reconcileColumnAnnouncing'))}</th><th scope="col">${esc(l.text('reconcileColumnSource'))}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`;
}
