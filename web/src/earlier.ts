// Agreements that have left the network: replaced by a newer one with the same partner, or ended with a
// state that ceased to exist (the USSR, Czechoslovakia) and continued through its successors' records. Shown
// in the "Earlier agreements" list and in a successor's details (pure, tested without a browser).

import { agreementName } from '../../data/answer';
import type { Network } from '../../data/as-of';
import type { Agreement } from '../../data/types';
import { escapeHtml as esc, formatDate } from './format';

/** How an agreement left the network, as a sentence; null while it is still part of it. */
export function endedText(a: Agreement, network: Network): string | null {
  const replacement = a.supersededBy ? network.byId.get(a.supersededBy) : undefined;
  if (replacement) {
    return `Replaced by ${agreementName(replacement)}${replacement.signed ? `, signed ${formatDate(replacement.signed)}` : ''}.`;
  }
  if (a.partner.dissolved) {
    return `Ended when the ${a.partner.name} ceased to exist on ${formatDate(a.partner.dissolved)}; it continues through its successor states' own records.`;
  }
  return null;
}

/** The successors of an agreement as buttons that choose the country on the map. */
function successorButtons(a: Agreement, network: Network): string {
  const successors = network.successorsOf(a).filter((s) => s.partner.iso3);
  if (!successors.length) return '';
  const buttons = successors.map((s) => `<button type="button" class="link" data-select="${esc(s.partner.iso3!)}">${esc(s.partner.name)}</button>`);
  return ` <span class="successors">Succeeded by: ${buttons.join(', ')}.</span>`;
}

/** One line per agreement: its name and dates, how it ended, its successors and the link to its record. */
function earlierItem(a: Agreement, network: Network, withSuccessors: boolean): string {
  const signed = a.signed ? `signed ${formatDate(a.signed)}` : 'signing date not known';
  const ended = endedText(a, network);
  return `<li><strong>${esc(agreementName(a).replace(/^the /, 'The '))}</strong> (${esc(signed)}). ${ended ? esc(ended) : ''}` +
    `${withSuccessors ? successorButtons(a, network) : ''} <a href="/api/v1/agreements/${esc(a.id)}">Record</a></li>`;
}

/** The "Earlier agreements" list: every agreement that had left the network by the day shown. */
export function earlierListHtml(network: Network, day: string): string {
  const ended = network.endedBy(day);
  if (!ended.length) return `<p>No agreement had ended by ${esc(formatDate(day))}.</p>`;
  return `<ul class="earlier">${ended.map((a) => earlierItem(a, network, true)).join('')}</ul>`;
}

/** The agreements an agreement succeeds, oldest last: for its partner's details. */
export function predecessorsHtml(a: Agreement, network: Network): string {
  const chain: Agreement[] = [];
  for (let p = a.successorTo ? network.byId.get(a.successorTo) : undefined; p && !chain.includes(p); p = p.successorTo ? network.byId.get(p.successorTo) : undefined) {
    chain.push(p);
  }
  if (!chain.length) return '';
  return `<section class="earlier-agreements"><h3>Earlier agreements</h3><ul class="earlier">${chain.map((p) => earlierItem(p, network, false)).join('')}</ul></section>`;
}
