// A PNG of the map view as shown: the map's SVG with its computed colours inlined, drawn on a canvas with a
// caption in the page's language. Everything is local, so the image needs no request.

import type { LaterLocalizer } from '../i18n';

const captionHeight = 44;

export async function mapPng(mapElement: HTMLElement, day: string, l: LaterLocalizer): Promise<Blob> {
  const svg = mapElement.querySelector<SVGSVGElement>('.leaflet-overlay-pane svg');
  if (!svg) throw new Error(l.text('pngNotDrawn'));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // Colours come from the style sheet by data attributes; a serialised SVG has no style sheet.
  const originals = svg.querySelectorAll('path');
  copy.querySelectorAll('path').forEach((path, i) => {
    const style = getComputedStyle(originals[i]);
    // Through the CSSOM, which the page's Content-Security-Policy allows (a style attribute it would not).
    for (const property of ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity']) {
      path.style.setProperty(property, style.getPropertyValue(property));
    }
  });
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();

  const scale = window.devicePixelRatio || 1;
  const box = mapElement.getBoundingClientRect();
  const at = svg.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round((box.height + captionHeight) * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  const page = getComputedStyle(document.documentElement);
  context.fillStyle = page.getPropertyValue('--sea').trim() || '#dfe9f2';
  context.fillRect(0, 0, box.width, box.height);
  context.drawImage(image, at.left - box.left, at.top - box.top, at.width, at.height);
  context.fillStyle = page.getPropertyValue('--bg').trim() || '#fff';
  context.fillRect(0, box.height, box.width, captionHeight);
  context.fillStyle = page.getPropertyValue('--text').trim() || '#000';
  context.font = '14px system-ui, sans-serif';
  // Right-to-left text starts at the right edge.
  context.direction = l.dir;
  context.textAlign = 'start';
  const x = l.dir === 'rtl' ? box.width - 10 : 10;
  context.fillText(l.text('pngCaption', { date: l.date(day) }), x, box.height + 18);
  context.fillText(l.text('pngCredit'), x, box.height + 36);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('No PNG'))), 'image/png'));
}
