// Agreements that have left the network: replaced by a newer one with the same partner, or ended with a
// state that ceased to exist (the USSR, Czechoslovakia) and continued through its successors' records. Shown
// in the "Earlier agreements" list and in a successor's details, in the page's language (pure, tested without
// a browser).

import { agreementName } from '../../data/answer';
import type { Network } from '../../data/as-of';
import type { Agreement } from '../../data/types';
import { escapeHtml as esc } from './format';
import type { PageLocalizer } from './i18n';

/** How an agreement left the network, as a sentence; null while it is still part of it. */
export function endedText(a: Agreement, network: Network, l: PageLocalizer): string | null {
  const replacement = a.supersededBy ? network.byId.get(a.supersededBy) : undefined;
  if (replacement) {
    const agreement = agreementName(replacement, l);
    return replacement.signed
      ? l.text('endedReplaced', { agreement, ...l.dated('signed', replacement.signed) })
      : l.text('endedReplacedUndated', { agreement });
  }
  if (a.partner.dissolved) return l.text('endedDissolved', { state: l.country(a.partner), ...l.dated('dissolved', a.partner.dissolved) });
  return null;
}

/** The successors of an agreement as buttons that choose the country on the map. */
function successorButtons(a: Agreement, network: Network, l: PageLocalizer): string {
  const successors = network.successorsOf(a).filter((s) => s.partner.iso3);
  if (!successors.length) return '';
  const buttons = successors.map((s) => `<button type="button" class="link" data-select="${esc(s.partner.iso3!)}">${esc(l.country(s.partner))}</button>`);
  return ` <span class="successors">${l.html('earlierSucceededBy', { states: { html: l.list(buttons) } })}</span>`;
}

/** One line per agreement: its name and dates, how it ended, its successors and the link to its record. */
function earlierItem(a: Agreement, network: Network, withSuccessors: boolean, l: PageLocalizer): string {
  const signed = a.signed ? l.text('earlierSigned', l.dated('signed', a.signed)) : l.text('earlierSignedUnknown');
  const ended = endedText(a, network, l);
  return `<li><strong>${esc(agreementName(a, l, true))}</strong> (${esc(signed)}). ${ended ? esc(ended) : ''}` +
    `${withSuccessors ? successorButtons(a, network, l) : ''} <a href="/api/v1/agreements/${esc(a.id)}">${esc(l.text('earlierRecord'))}</a></li>`;
}

/** The "Earlier agreements" list: every agreement that had left the network by the day shown. */
export function earlierListHtml(network: Network, day: string, l: PageLocalizer): string {
  const ended = network.endedBy(day);
  if (!ended.length) return `<p>${esc(l.text('earlierNoneEnded', l.dated('day', day)))}</p>`;
  return `<ul class="earlier">${ended.map((a) => earlierItem(a, network, true, l)).join('')}</ul>`;
}

/** The agreements an agreement succeeds, oldest last: for its partner's details. */
export function predecessorsHtml(a: Agreement, network: Network, l: PageLocalizer): string {
  const chain: Agreement[] = [];
  for (let p = a.successorTo ? network.byId.get(a.successorTo) : undefined; p && !chain.includes(p); p = p.successorTo ? network.byId.get(p.successorTo) : undefined) {
    chain.push(p);
  }
  if (!chain.length) return '';
  return `<section class="earlier-agreements"><h3>${esc(l.text('earlierTitle'))}</h3><ul class="earlier">${chain.map((p) => earlierItem(p, network, false, l)).join('')}</ul></section>`;
}
