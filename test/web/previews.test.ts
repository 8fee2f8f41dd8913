// The link-preview images: the SVG drawn for a country (outlined and framed, its name and answer), the text
// wrapping, and the images the build wrote (every country of the map, PNG 1200×630 within 80 KB).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryCoverage } from '../../data/answer';
import { Network } from '../../data/as-of';
import { dataset } from '../../data/index';
import type { PreviewManifest } from '../../data/previews-file';
import world from '../../web/generated/world.topo.json';
import { answerLines, previewSvg, previewWorld, wrap } from '../../scripts/previews';
import { worldFromTopology } from '../../web/src/geometry';

const geometry = worldFromTopology(world as Parameters<typeof worldFromTopology>[0]);
const drawn = previewWorld(geometry);
const day = dataset.meta.checked;
const network = new Network(dataset.agreements, dataset.euMembers, day);
const statuses = new Map([...drawn.names.keys()].map((key) => [key, network.coverageOn(key, day)]));

describe('previewSvg', () => {
  it("outlines the country in the selection colour and writes its name and answer, escaped", () => {
    const c = countryCoverage(network, 'UKR', 'Ukraine', day);
    const svg = previewSvg(drawn, statuses, { key: 'UKR', title: 'Ukraine & <Co>', status: c.status, lines: answerLines(c, day) });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg.match(/stroke="#c0392b" stroke-width="4"/g)?.length).toBeGreaterThan(0);
    expect(svg).toContain('&#60;Co&#62;');
    expect(svg).not.toContain('<Co>');
    expect(svg).toContain('>Signed 23 May 2016 in Kyiv</text>');
    expect(svg).toContain('>Agreement with the U.S.</text>');
  });

  it('marks a country too small to draw, such as Singapore, with a ring', () => {
    const c = countryCoverage(network, 'SGP', 'Singapore', day);
    const svg = previewSvg(drawn, statuses, { key: 'SGP', title: 'Singapore', status: c.status, lines: answerLines(c, day) });
    expect(svg).toMatch(/<circle [^>]*r="14"[^>]*stroke="#c0392b"/);
  });

  it('draws only what is in the frame: fewer shapes for a country than for the world', () => {
    const subject = { title: 't', status: null, lines: [] };
    const count = (svg: string) => svg.match(/<path /g)!.length;
    expect(count(previewSvg(drawn, statuses, { ...subject, key: 'LUX' }))).toBeLessThan(count(previewSvg(drawn, statuses, { ...subject, key: null })) / 3);
  });
});

describe('answerLines', () => {
  it('says each kind of answer in short lines', () => {
    expect(answerLines(countryCoverage(network, 'UKR', 'Ukraine', day), day)).toEqual(['Signed 23 May 2016 in Kyiv', 'In force since 13 December 2016']);
    expect(answerLines(countryCoverage(network, 'DEU', 'Germany', day), day)).toEqual(["Through the EU's agreement", 'EU member since 1 January 1958']);
    expect(answerLines(countryCoverage(network, 'ATA', 'Antarctica', day), day)).toEqual(['No customs mutual assistance agreement with the U.S. is recorded.', 'Data checked 30 November 2026']);
  });

  it('wraps text at word boundaries within a width', () => {
    const lines = wrap('No customs mutual assistance agreement with the U.S. is recorded.', 28, 424);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('No customs mutual assistance agreement with the U.S. is recorded.');
    for (const line of lines) expect(line.length * 0.5 * 28).toBeLessThanOrEqual(424);
  });
});

describe('the images the build wrote', () => {
  const manifest = JSON.parse(readFileSync('web/dist/data/previews.json', 'utf8')) as PreviewManifest;

  it('has one for the world and each country of the map, and a page for partners the map does not draw', () => {
    for (const key of geometry.countries.keys()) expect(manifest.countries[key], key).toMatchObject({ onMap: true, iso2: geometry.countries.get(key)!.iso2, image: expect.stringMatching(new RegExp(`^/previews/${key.toLowerCase()}-[0-9a-f]{12}\\.png$`)) });
    expect(manifest.countries.SUN).toEqual({ name: 'Union of Soviet Socialist Republics', iso2: 'SU', image: manifest.world, onMap: false });
    expect(manifest.world).toMatch(/^\/previews\/world-[0-9a-f]{12}\.png$/);
  });

  it('each is a PNG of 1200×630 within 80 KB', () => {
    for (const path of new Set([manifest.world, ...Object.values(manifest.countries).map((c) => c.image)])) {
      const png = readFileSync(`web/dist${path}`);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
      expect(png.byteLength, path).toBeLessThanOrEqual(80 * 1024);
    }
  });
});
