// The legend: what each style means and how many countries it covers on the shown date. It sits in the
// map's bottom corner on the side a reader of the page's language starts from.

import L from 'leaflet';
import type { CoverageStatus } from '../../../data/as-of';
import { escapeHtml as esc } from '../../../data/html';
import type { MessageKey, PageLocalizer } from '../i18n';

export const statusLabels: Record<CoverageStatus, MessageKey> = {
  cmaa: 'statusCmaa',
  eu: 'statusEu',
  none: 'statusNone',
};

export class Legend extends L.Control {
  private readonly list = L.DomUtil.create('ul');
  private readonly box = L.DomUtil.create('div', 'legend');
  private counts: Record<CoverageStatus, number> = { cmaa: 0, eu: 0, none: 0 };

  constructor(private l: PageLocalizer) {
    super({ position: l.dir === 'rtl' ? 'bottomright' : 'bottomleft' });
    this.box.append(this.list);
  }

  onAdd(): HTMLElement {
    this.box.setAttribute('aria-label', this.l.text('legendLabel'));
    this.update(this.counts);
    return this.box;
  }

  /** Another language: its words, and the corner it starts from. */
  translate(l: PageLocalizer): void {
    this.l = l;
    const corner = l.dir === 'rtl' ? 'bottomright' : 'bottomleft';
    // Moving the control adds it again, which writes it in the new language; else it is rewritten here.
    if (this.getPosition() !== corner) this.setPosition(corner);
    else this.onAdd();
  }

  update(counts: Record<CoverageStatus, number>): void {
    this.counts = counts;
    this.list.innerHTML = (Object.keys(statusLabels) as CoverageStatus[])
      .map((s) => `<li><span class="swatch" data-status="${s}"></span>${esc(this.l.text(statusLabels[s]))}${s === 'none' ? '' : ` <b>${this.l.number(counts[s])}</b>`}</li>`)
      .join('');
  }
}
