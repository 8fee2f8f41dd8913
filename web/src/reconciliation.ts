// "CBP reports N; this atlas identifies M": the list against CBP's own counts, as HTML (pure, tested
// without a browser).

import { countsLikeCbp, reconcile } from '../../data/reconcile';
import type { Agreement, CbpCount, Unconfirmed } from '../../data/types';
import { escapeHtml as esc, formatDate } from './format';

export function reconciliationHtml(
  agreements: readonly Agreement[], counts: readonly CbpCount[], unconfirmed: readonly Unconfirmed[],
): string {
  const r = reconcile(agreements, counts);
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const summary = r.cbpCount
    ? `<p class="reconcile-summary">CBP reports <strong>${r.cbpCount.count}</strong> agreements (${esc(formatDate(r.cbpCount.date))}, ` +
      `<a href="${esc(r.cbpCount.source.url)}" rel="noopener noreferrer">source</a>); this atlas identifies <strong>${r.identified}</strong>, ` +
      `each with sources: ${r.identifiedByCountDate} signed by then, ${r.undated} with no known signing date, and ` +
      `${r.identified - r.identifiedByCountDate - r.undated} signed since. ` +
      (r.unidentified > 0
        ? `At least <strong>${r.unidentified}</strong> of CBP's ${r.cbpCount.count} are not yet identified here.</p>`
        : `Every agreement in CBP's count can be matched to a record here.</p>`)
    : `<p class="reconcile-summary">This atlas identifies <strong>${r.identified}</strong> agreements, each with sources.</p>`;
  const rows = [...counts]
    .sort((a, b) => a.count - b.count || String(a.date).localeCompare(String(b.date)))
    .map((c) => {
      const partners = c.agreements.map((id) => esc(byId.get(id)?.partner.name ?? id)).join(', ') || '—';
      return `<tr><td>${c.count}${c.kind === 'ordinal' ? ' (ordinal)' : ''}</td><td>${esc(formatDate(c.date))}</td>` +
        `<td>${partners}</td><td><a href="${esc(c.source.url)}" rel="noopener noreferrer">${esc(c.source.publisher)}</a></td></tr>`;
    });
  const undated = agreements.filter((a) => countsLikeCbp(a) && a.signed === null).map((a) => esc(a.partner.name));
  const undatedList = undated.length
    ? `<p>Identified, but with no known signing date: ${undated.join(', ')}.</p>`
    : '';
  const leads = unconfirmed.map((u) => {
    const links = u.sources.map((s) => `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.publisher)}</a>`).join(', ');
    return `<li><strong>${esc(u.partner.name)}</strong>: ${esc(u.claim)} ${esc(u.finding)} (${links})</li>`;
  });
  const leadList = leads.length
    ? `<h3>Reported but not confirmed</h3><p>Not counted and not on the map until a good source confirms them:</p><ul class="leads">${leads.join('')}</ul>`
    : '';
  return `${summary}${undatedList}${leadList}<div class="table-scroll"><table class="counts"><caption>Counts stated by CBP and ICE over time</caption>` +
    `<thead><tr><th scope="col">Count</th><th scope="col">Stated</th><th scope="col">Announcing</th><th scope="col">Source</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`;
}
