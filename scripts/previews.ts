// Link-preview images (Open Graph, 1200×630 PNG), drawn at build time from the topology the page draws
// (web/generated/world.topo.json) and the dataset: one for the world and one for every country of the map,
// the country framed and outlined, its name and its answer beside it. SVG written here, PNG by resvg; no
// browser; sharp then writes it with a palette of 64 colours (flat map colours, a quarter of the bytes).
// Drawing is the slow part, so each image is kept in a cache under the hash of its SVG, the font and the
// tools' versions, and only a changed image is drawn again.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { agreementName, countryCoverage, type CountryCoverage } from '../data/answer';
import { Network, partnerKey, type CoverageStatus } from '../data/as-of';
import type { PreviewManifest } from '../data/previews-file';
import { escapeHtml } from '../data/html';
import { Localizer } from '../data/i18n';
import type { Dataset } from '../data/types';
import { unwrapGeometry, worldFromTopology, type WorldGeometry } from '../web/src/geometry';
import en from '../web/src/messages/en';

/** The images speak English, as the dataset does: one image per country, whatever the page's language. */
const english = new Localizer('en', en);
const formatDate = (date: string) => english.date(date);

export const width = 1200;
export const height = 630;
/** The text panel on the left; the map fills the rest. */
const panel = 520;
const mapArea = { x: panel, y: 0, width: width - panel, height };

/** The page's light theme (web/src/style.css). */
const colours = {
  sea: '#dfe9f2', land: '#f4f1ea', border: '#8f8f8f', cmaa: '#0072b2', cmaaEdge: '#003a5c', eu: '#e69f00',
  euEdge: '#6b4a00', selected: '#c0392b', text: '#1a1a1a', muted: '#545454', panel: '#ffffff', rule: '#d6d6d6',
};
const fill: Record<CoverageStatus, string> = { cmaa: colours.cmaa, eu: colours.eu, none: colours.land };
const edge: Record<CoverageStatus, string> = { cmaa: colours.cmaaEdge, eu: colours.euEdge, none: colours.border };
const badge: Record<CoverageStatus, { text: string; colour: string; ink: string }> = {
  cmaa: { text: 'Agreement with the U.S.', colour: colours.cmaa, ink: '#ffffff' },
  eu: { text: 'Covered through the EU', colour: colours.eu, ink: colours.text },
  none: { text: 'No agreement recorded', colour: '#e4e4e4', ink: colours.text },
};

/** Web Mercator, as the page's map (Leaflet) draws it, on a world `size` pixels wide. */
function mercator([lon, lat]: Position): [number, number] {
  const φ = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / Math.PI) / 2];
}

interface Box { x0: number; y0: number; x1: number; y1: number }

function boxOf(points: [number, number][]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
const boxArea = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0);

/** A country's shape, projected (world = 0..1), with the box of its largest part, where the page frames it. */
interface Shape { key: string; rings: [number, number][][]; box: Box; main: Box }

function projectShape(key: string, geometry: Polygon | MultiPolygon): Shape {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const projected = polygons.map((polygon) => polygon.map((ring) => ring.map(mercator)));
  const outer = projected.map((polygon) => boxOf(polygon[0]));
  const main = outer.reduce((a, b) => (boxArea(b) > boxArea(a) ? b : a));
  const rings = projected.flat();
  return { key, rings, box: boxOf(rings.flat()), main };
}

/** The latitudes a frame stays within, about the page's (Mercator makes the poles endless). */
const north = mercator([0, 84])[1];
const south = mercator([0, -72])[1];

/** The part of the world shown, as a box of the projected world with the map area's proportions. */
function frame(target: Box, minimumWidth: number, margin: number): Box {
  const aspect = mapArea.width / mapArea.height;
  // A country takes about half of the frame, so that its neighbours show where it is; at most the world.
  let w = Math.min(Math.max((target.x1 - target.x0) * margin, minimumWidth), 1.1);
  let h = Math.max((target.y1 - target.y0) * margin, w / aspect);
  w = Math.max(w, h * aspect);
  h = w / aspect;
  // Within the world as the page draws it (to 190° east, for Russia's rings across the antimeridian).
  const cx = Math.min(Math.max((target.x0 + target.x1) / 2, w / 2 - 0.03), 1.03 - w / 2);
  // Antarctica reaches further south than any other frame needs to.
  const top = Math.min(north, target.y0);
  const bottom = Math.max(south, target.y1);
  const cy = h >= bottom - top ? (top + bottom) / 2 : Math.min(Math.max((target.y0 + target.y1) / 2, top + h / 2), bottom - h / 2);
  return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function pathData(rings: [number, number][][], toPixel: (p: [number, number]) => [number, number]): string {
  return rings.map((ring) => {
    let last = '';
    const points: string[] = [];
    for (const p of ring) {
      const [x, y] = toPixel(p);
      const point = `${x.toFixed(1)} ${y.toFixed(1)}`;
      if (point !== last) points.push(point);
      last = point;
    }
    return `M${points.join('L')}Z`;
  }).join('');
}

/** Lines of text no wider than `maxWidth`, from an estimate of Inter's glyph widths (em units). */
export function wrap(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const em = bold ? 0.58 : 0.5;
  const fits = (line: string) => line.length * em * fontSize <= maxWidth;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The biggest size, of those tried, at which a name fits in three lines. */
function nameLines(name: string): { size: number; lines: string[] } {
  for (const size of [76, 64, 54, 46, 40]) {
    const lines = wrap(name, size, panel - 96, true);
    if (lines.length <= (size > 60 ? 2 : 3)) return { size, lines };
  }
  return { size: 40, lines: wrap(name, 40, panel - 96, true) };
}

/** The answer, in a few short lines that stay legible when the image is shown small. */
export function answerLines(c: CountryCoverage, checked: string): string[] {
  const a = c.agreement;
  if (a && partnerKey(a.partner) !== c.iso3) return [`Covered by ${agreementName(a, english)}`];
  if (a) {
    return [
      a.signed ? `Signed ${formatDate(a.signed)}${a.signedPlace ? ` in ${a.signedPlace}` : ''}` : 'Signing date not known',
      ...(a.inForce ? [`In force since ${formatDate(a.inForce)}`] : []),
    ];
  }
  if (c.euMember) return ["Through the EU's agreement", `EU member since ${formatDate(c.euMember.joined)}`];
  return ['No customs mutual assistance agreement with the U.S. is recorded.', `Data checked ${formatDate(checked)}`];
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attributes: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attributes}>${escapeHtml(line)}</text>`).join('');
}

interface Subject {
  /** The outlined country, or null for the world. */
  key: string | null;
  title: string;
  status: CoverageStatus | null;
  lines: string[];
}

/** The text panel: the name, a badge with the status, the answer, and where it comes from. */
function panelSvg({ title, status, lines }: Subject): string {
  const name = nameLines(title);
  let y = 72;
  const parts = [
    `<rect width="${panel}" height="${height}" fill="${colours.panel}"/>`,
    `<rect x="${panel - 2}" width="2" height="${height}" fill="${colours.rule}"/>`,
    `<text x="48" y="${y}" font-size="28" font-weight="700" fill="${colours.cmaa}">CMAA Atlas</text>`,
  ];
  y += 40 + name.size;
  parts.push(textLines(name.lines, 48, y, name.size, name.size * 1.1, `font-weight="700" fill="${colours.text}"`));
  y += (name.lines.length - 1) * name.size * 1.1 + 36;
  if (status) {
    const b = badge[status];
    const badgeWidth = Math.round(b.text.length * 0.56 * 26 + 36);
    parts.push(
      `<rect x="48" y="${y}" width="${badgeWidth}" height="46" rx="8" fill="${b.colour}"/>`,
      `<text x="66" y="${y + 32}" font-size="26" font-weight="700" fill="${b.ink}">${escapeHtml(b.text)}</text>`,
    );
    y += 46 + 52;
  } else {
    y += 16;
  }
  const answer = lines.flatMap((line) => wrap(line, 28, panel - 96));
  parts.push(textLines(answer, 48, y, 28, 38, `fill="${colours.text}"`));
  parts.push(`<text x="48" y="${height - 40}" font-size="20" fill="${colours.muted}">U.S. Customs Mutual Assistance Agreements</text>`);
  return parts.join('');
}

export interface PreviewWorld {
  shapes: Shape[];
  points: Map<string, [number, number]>;
  names: Map<string, string>;
  /** ISO alpha-2, by which the Worker names each country in the page's language. */
  codes: Map<string, string | null>;
}

export function previewWorld(world: WorldGeometry): PreviewWorld {
  const shapes = world.shapes.map((s) => projectShape(s.id, unwrapGeometry(s.decode().geometry)));
  const points = new Map([...world.points].map(([key, p]) => [key, mercator(p.geometry.coordinates)]));
  const names = new Map([...world.countries].map(([key, c]) => [key, c.name]));
  const codes = new Map([...world.countries].map(([key, c]) => [key, c.iso2]));
  return { shapes, points, names, codes };
}

/** The SVG of one preview: the world (`key` null) or one country outlined and framed. */
export function previewSvg(world: PreviewWorld, statuses: ReadonlyMap<string, CoverageStatus>, subject: Subject): string {
  const { key } = subject;
  const own = world.shapes.filter((s) => s.key === key);
  const point = key ? world.points.get(key) : undefined;
  // The world as the page frames it; a country by its largest part, or by its marker where it is a speck.
  const target = !key
    ? boxOf([mercator([-168, -56]), mercator([190, 78])])
    : own.length && !point
      ? own.map((s) => s.main).reduce((a, b) => (boxArea(b) > boxArea(a) ? b : a))
      : boxOf([point ?? [0.5, 0.5]]);
  const view = key ? frame(target, 18 / 360, 2) : frame(target, 0, 1.04);
  const scale = mapArea.width / (view.x1 - view.x0);
  const toPixel = ([x, y]: [number, number]): [number, number] => [mapArea.x + (x - view.x0) * scale, mapArea.y + (y - view.y0) * scale];

  const shapes = world.shapes.filter((s) => overlaps(s.box, view)).map((s) => {
    const status = statuses.get(s.key) ?? 'none';
    const dash = status === 'eu' ? ' stroke-dasharray="4 3"' : '';
    // Around a country, its neighbours are paler, so that it stands out in any colour.
    const pale = key && s.key !== key ? ' fill-opacity="0.45"' : '';
    return `<path d="${pathData(s.rings, toPixel)}" fill="${fill[status]}"${pale} stroke="${edge[status]}" stroke-width="${status === 'eu' ? 1.2 : 0.8}"${dash}/>`;
  });
  // Partners too small to see get a marker, as on the page.
  const markers = [...world.points].filter(([k, p]) => k !== key && (statuses.get(k) ?? 'none') !== 'none' && overlaps(boxOf([p]), view))
    .map(([k, p]) => {
      const [x, y] = toPixel(p);
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${key ? 6 : 4}" fill="${fill[statuses.get(k)!]}" stroke="${colours.text}" stroke-width="1"/>`;
    });
  const highlight = [
    ...own.map((s) => `<path d="${pathData(s.rings, toPixel)}" fill="none" stroke="${colours.selected}" stroke-width="4" stroke-linejoin="round"/>`),
    ...(point ? [(() => {
      const [x, y] = toPixel(point);
      const status = statuses.get(key!) ?? 'none';
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="14" fill="${fill[status]}" stroke="${colours.selected}" stroke-width="5"/>`;
    })()] : []),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter">`,
    `<rect width="${width}" height="${height}" fill="${colours.sea}"/>`,
    `<g stroke-linejoin="round">${shapes.join('')}${markers.join('')}${highlight.join('')}</g>`,
    panelSvg(subject),
    '</svg>',
  ].join('');
}

export interface PreviewFile { fileName: string; png: Buffer }

const require = createRequire(import.meta.url);
const fontDirectory = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
export const fontFiles = [join(fontDirectory, '400Regular/Inter_400Regular.ttf'), join(fontDirectory, '700Bold/Inter_700Bold.ttf')];

/**
 * Every preview image, from the cache where its SVG was drawn before, and the manifest the Worker reads
 * them by. `cacheDirectory` keeps exactly this build's images.
 */
export async function buildPreviews(dataset: Dataset, topology: unknown, cacheDirectory: string) {
  const { Resvg } = await import('@resvg/resvg-js');
  const { default: sharp } = await import('sharp');
  const salt = createHash('sha256');
  for (const tool of ['@resvg/resvg-js', 'sharp']) salt.update((require(`${tool}/package.json`) as { version: string }).version);
  for (const file of fontFiles) salt.update(readFileSync(file));
  const toolsHash = salt.digest('hex');
  /** Drawn, then written with a palette: 24 to 40 KB instead of 70 to 150 KB for full colour. */
  const draw = (svg: string) => {
    const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render().asPng();
    return sharp(png).png({ palette: true, colours: 64, dither: 0, effort: 10, compressionLevel: 9 }).toBuffer();
  };

  const world = previewWorld(worldFromTopology(topology as Parameters<typeof worldFromTopology>[0]));
  const day = dataset.meta.checked;
  const network = new Network(dataset.agreements, dataset.euMembers, day);
  const statuses = new Map([...world.names.keys()].map((key) => [key, network.coverageOn(key, day)]));
  const counts = { cmaa: 0, eu: 0 };
  for (const s of statuses.values()) if (s !== 'none') counts[s] += 1;

  const subjects: (Subject & { file: string })[] = [{
    key: null, file: 'world', title: 'U.S. Customs Mutual Assistance Agreements', status: null,
    lines: [`${counts.cmaa} countries with their own agreement`, `${counts.eu} more covered through the EU's`, `Data checked ${formatDate(day)}`],
  }];
  const partnerNames = new Map(dataset.agreements.map((a) => [partnerKey(a.partner), a.partner.name]));
  for (const [key, mapName] of world.names) {
    const c = countryCoverage(network, key, partnerNames.get(key) ?? mapName, day);
    subjects.push({ key, file: key.toLowerCase(), title: c.name, status: c.status, lines: answerLines(c, day) });
  }

  mkdirSync(cacheDirectory, { recursive: true });
  const started = performance.now();
  let drawn = 0;
  const files: PreviewFile[] = await inTurn(subjects, 2, async (subject) => {
    const svg = previewSvg(world, statuses, subject);
    const hash = createHash('sha256').update(toolsHash).update(svg).digest('hex').slice(0, 12);
    const name = `${subject.file}-${hash}.png`;
    const cached = join(cacheDirectory, name);
    let png: Buffer;
    try {
      png = readFileSync(cached);
    } catch {
      png = await draw(svg);
      writeFileSync(cached, png);
      drawn += 1;
    }
    return { fileName: `previews/${name}`, png };
  });
  const images = new Map(subjects.map((subject, i) => [subject.file, `/${files[i].fileName}`]));
  const kept = new Set(files.map((f) => f.fileName.slice('previews/'.length)));
  for (const name of readdirSync(cacheDirectory)) if (!kept.has(name)) rmSync(join(cacheDirectory, name));

  const manifest: PreviewManifest = { world: images.get('world')!, countries: {} };
  for (const [key, name] of world.names) {
    manifest.countries[key] = { name, iso2: world.codes.get(key) ?? null, image: images.get(key.toLowerCase())!, onMap: true };
  }
  // Partners that are no country of today's map (the USSR, Czechoslovakia) have a page with the world's image.
  for (const a of dataset.agreements) {
    const key = partnerKey(a.partner);
    if (/^[A-Z]{3}$/.test(key) && !manifest.countries[key]) {
      manifest.countries[key] = { name: a.partner.name, iso2: a.partner.iso2, image: manifest.world, onMap: false };
    }
  }
  return { files, manifest, drawn, seconds: (performance.now() - started) / 1000 };
}

/** `work` on every item, `parallel` at a time (sharp's encoding runs off the main thread), in order. */
async function inTurn<T, R>(items: readonly T[], parallel: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}
