// The legend: what each style means and how many countries it covers on the shown date.

import L from 'leaflet';
import type { CoverageStatus } from '../../../data/as-of';

export const statusLabels: Record<CoverageStatus, string> = {
  cmaa: 'Own agreement with the U.S.',
  eu: 'Covered through the EU agreement',
  none: 'No agreement recorded',
};

export class Legend extends L.Control {
  private readonly list = L.DomUtil.create('ul');

  constructor() {
    super({ position: 'bottomleft' });
  }

  onAdd(): HTMLElement {
    const box = L.DomUtil.create('div', 'legend');
    box.setAttribute('aria-label', 'Legend');
    box.append(this.list);
    return box;
  }

  update(counts: Record<CoverageStatus, number>): void {
    this.list.innerHTML = (Object.keys(statusLabels) as CoverageStatus[])
      .map((s) => `<li><span class="swatch" data-status="${s}"></span>${statusLabels[s]}${s === 'none' ? '' : ` <b>${counts[s]}</b>`}</li>`)
      .join('');
  }
}
