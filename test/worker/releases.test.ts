/// <reference types="vite/client" />
// The releases as a client sees them, inside workerd, against the frozen files in data/releases/ (read here
// as text, not through the Worker): every file byte for byte, its checksum, the immutable caching, the
// answers of the agreement routes with `version`, a record's history, the feed of one partner, and every
// malformed or unknown version and file.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ReleaseManifest } from '../../data/releases';
import type { Dataset } from '../../data/types';
import { parseCsv } from './parse-csv';

const origin = 'https://atlas.example';
const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(origin + path, init));

const frozenText = import.meta.glob('../../data/releases/*/*.{json,csv}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const frozen = (version: string, name: string) => frozenText[`../../data/releases/${version}/${name}`];
const manifests = Object.entries(frozenText)
  .filter(([path]) => path.endsWith('/manifest.json'))
  .map(([, text]) => JSON.parse(text) as ReleaseManifest);
const newestFirst = manifests.map((m) => m.version).sort().reverse();
const first = '2026.11.27';

const hex = async (body: ArrayBuffer) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', body))].map((b) => b.toString(16).padStart(2, '0')).join('');

interface Problem { type: string; status: number; detail: string; knownVersions?: string[]; knownFiles?: string[]; invalidParams?: { name: string }[] }
async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  return (await response.json()) as Problem;
}

describe('GET /api/v1/releases', () => {
  it('lists every frozen release, newest first, as its manifest says, with the current meta', async () => {
    const response = await get('/api/v1/releases');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400');
    const body = (await response.json()) as { meta: { version: string; count: number }; releases: ReleaseManifest[] };
    expect(body.releases.map((r) => r.version)).toEqual(newestFirst);
    expect(body.releases).toEqual(newestFirst.map((v) => JSON.parse(frozen(v, 'manifest.json'))));
    expect(body.meta.count).toBe(manifests.length);
    expect(body.releases.at(-1)).toMatchObject({ version: first, date: '2026-11-27', previous: null, counts: { agreements: 72, mras: 18, euMembers: 28 } });
  });
});

describe.each(newestFirst)('release %s', (version) => {
  const manifest = JSON.parse(frozen(version, 'manifest.json')) as ReleaseManifest;

  it('serves its manifest as frozen, immutable, with an ETag of its version and a 304', async () => {
    const response = await get(`/api/v1/releases/${version}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(frozen(version, 'manifest.json'));
    const tag = response.headers.get('ETag')!;
    expect(tag.startsWith(`W/"${version}-`)).toBe(true);
    const again = await get(`/api/v1/releases/${version}`, { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
  });

  it.each(['datapackage.json', 'agreements.csv', 'mras.csv', 'eu-members.csv', 'dataset.json', 'changes.json'])(
    'serves %s byte for byte as its checksum says',
    async (name) => {
      const response = await get(`/api/v1/releases/${version}/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      const body = await response.arrayBuffer();
      const listed = manifest.files.find((f) => f.name === name)!;
      expect({ bytes: body.byteLength, sha256: await hex(body) }).toEqual({ bytes: listed.bytes, sha256: listed.sha256 });
      expect(new TextDecoder().decode(body)).toBe(frozen(version, name));
      if (name.endsWith('.csv')) {
        expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
        expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="cmaa-${name.slice(0, -4)}-${version}.csv"`);
      } else {
        expect(response.headers.get('Content-Type')).toBe('application/json');
        expect(response.headers.get('Content-Disposition')).toBe(`inline; filename="cmaa-${name.slice(0, -5)}-${version}.json"`);
        expect(new TextDecoder().decode(body)).not.toMatch(/[<>&\u2028\u2029]/);
      }
    },
  );

  it('serves the data package, and its changes, at their own routes', async () => {
    expect(await (await get(`/api/v1/releases/${version}/datapackage.json`)).text()).toBe(frozen(version, 'datapackage.json'));
    const changes = await get(`/api/v1/releases/${version}/changes`);
    expect(changes.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await changes.text()).toBe(frozen(version, 'changes.json'));
  });

  it('serves the whole package as one zip, as its checksum says', async () => {
    const response = await get(`/api/v1/releases/${version}.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/zip');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="cmaa-atlas-${version}.zip"`);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const body = await response.arrayBuffer();
    expect({ name: `cmaa-atlas-${version}.zip`, bytes: body.byteLength, sha256: await hex(body) }).toEqual(manifest.zip);
    const head = await get(`/api/v1/releases/${version}.zip`, { method: 'HEAD' });
    expect(head.headers.get('Content-Length')).toBe(String(manifest.zip.bytes));
  });

  it('answers the agreement routes with version exactly from its data', async () => {
    const data = JSON.parse(frozen(version, 'dataset.json')) as Dataset;
    const list = await get(`/api/v1/agreements?status=all&version=${version}`);
    expect(list.headers.get('ETag')!.startsWith(`W/"${version}-`)).toBe(true);
    const body = (await list.json()) as { meta: Record<string, unknown>; agreements: unknown[] };
    expect(body.meta).toMatchObject(data.meta);
    expect(body.agreements).toEqual(data.agreements);
    const one = (await (await get(`/api/v1/agreements/UA?version=${version}`)).json()) as { meta: Record<string, unknown>; agreement: unknown };
    expect(one.meta).toMatchObject(data.meta);
    expect(one.agreement).toEqual(data.agreements.find((a) => a.id === 'ukr'));
    const csv = await get(`/api/v1/agreements.csv?version=${version}&status=all`);
    expect(csv.headers.get('Content-Disposition')).toBe(`attachment; filename="cmaa-agreements-${version}.csv"`);
    // The rows of the frozen table, in the columns of today's API: a column added since is empty.
    const [header, ...rows] = parseCsv(await csv.text());
    const [frozenHeader, ...frozenRows] = parseCsv(frozen(version, 'agreements.csv'));
    expect(header).toEqual(expect.arrayContaining(frozenHeader));
    const byName = (names: string[], row: string[]) => Object.fromEntries(names.map((name, i) => [name, row[i]]));
    expect(rows.map((row) => byName(header, row))).toEqual(frozenRows.map((row) => ({
      ...Object.fromEntries(header.map((name) => [name, ''])),
      ...byName(frozenHeader, row),
    })));
  });
});

describe('the first release', () => {
  it('adds every record of the data published on 2026-11-27', async () => {
    const changes = (await (await get(`/api/v1/releases/${first}/changes`)).json()) as {
      from: string | null; to: string; added: string[]; removed: string[]; changed: unknown[]; mras: { added: string[] };
      euMembers: { added: string[] }; changelog: { id: string }[];
    };
    const data = JSON.parse(frozen(first, 'dataset.json')) as Dataset;
    expect(changes).toMatchObject({ from: null, to: first, removed: [], changed: [] });
    expect(changes.added).toEqual(data.agreements.map((a) => a.id));
    expect(changes.mras.added).toEqual(data.mras.map((m) => m.id));
    expect(changes.euMembers.added).toEqual(data.euMembers.map((m) => m.iso3));
    expect(changes.changelog.map((e) => e.id)).toEqual(['2026-11-27-first-publication']);
  });
});

describe('GET /api/v1/agreements/{code}/history', () => {
  it('gives every release its value of the record, newest first, and how it changed', async () => {
    const response = await get('/api/v1/agreements/ukr/history');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: string; history: { version: string; change: string; agreement: unknown; changes: unknown[] }[] };
    expect(body.id).toBe('ukr');
    expect(body.history.map((h) => h.version)).toEqual(newestFirst);
    for (const item of body.history) {
      const data = JSON.parse(frozen(item.version, 'dataset.json')) as Dataset;
      expect(item.agreement).toEqual(data.agreements.find((a) => a.id === 'ukr') ?? null);
    }
    expect(body.history.at(-1)).toMatchObject({ version: first, change: 'added', changes: [] });
    expect(await (await get('/api/v1/agreements/804/history')).json()).toEqual(body);
  });

  it('is a 404 for a code that no release or the data holds', async () => {
    const problem = await problemOf(await get('/api/v1/agreements/zz/history'), 404);
    expect(problem.type).toBe('/api/#problem-unknown-partner');
  });
});

describe('bad versions and files', () => {
  it.each([
    ['/api/v1/releases/2026.13.01'],
    ['/api/v1/releases/latest'],
    ['/api/v1/releases/2026.02.30.zip'],
    ['/api/v1/releases/26.11.27/agreements.csv'],
    ['/api/v1/agreements?version=2026-11-27'],
    ['/api/v1/agreements/ukr?version=2026.11.31'],
    ['/api/v1/agreements.csv?version='],
    [`/api/v1/agreements?version=${first}&version=${first}`],
  ])('%s is a 400 saying what a version is', async (path) => {
    const problem = await problemOf(await get(path), 400);
    expect(problem.type).toBe('/api/#problem-invalid-parameter');
    expect(problem.invalidParams?.map((p) => p.name)).toEqual(['version']);
    expect(problem.detail).toMatch(/version/);
  });

  it.each([
    ['/api/v1/releases/1999.01.01'],
    ['/api/v1/releases/1999.01.01.zip'],
    ['/api/v1/releases/2026.11.27.9/changes'],
    ['/api/v1/agreements?version=1999.01.01'],
    ['/api/v1/agreements.csv?version=1999.01.01'],
    ['/api/v1/agreements/ukr?version=1999.01.01'],
  ])('%s is a 404 naming the releases', async (path) => {
    const problem = await problemOf(await get(path), 404);
    expect(problem.type).toBe('/api/#problem-unknown-release');
    expect(problem.knownVersions).toEqual(newestFirst);
    expect(problem.detail).toContain(first);
  });

  it.each(['nothing.csv', 'manifest.json', 'cmaa-atlas-2026.11.27.zip', '..%2Fdataset.json'])('%s in a release is a 404 naming its files', async (name) => {
    const problem = await problemOf(await get(`/api/v1/releases/${first}/${name}`), 404);
    expect(problem.type).toBe('/api/#problem-unknown-file');
    expect(problem.knownFiles).toEqual(['datapackage.json', 'agreements.csv', 'mras.csv', 'eu-members.csv', 'dataset.json', 'changes.json']);
  });

  it('a partner missing from a release is a 404 that names the release', async () => {
    const problem = await problemOf(await get(`/api/v1/agreements/zz?version=${first}`), 404);
    expect(problem.detail).toContain(`in release ${first}`);
  });
});

describe('the change feed of one partner', () => {
  interface Feed { title: string; feed_url: string; items: { id: string; url: string; _change: { agreements: string[]; mras: string[] } }[]; _meta: { country: { iso3: string | null } | null } }
  const feed = async (query: string) => (await (await get(`/api/v1/changes.json${query}`)).json()) as Feed;

  it('keeps only the entries about that partner, whichever code names it', async () => {
    const all = await feed('');
    const ukraine = await feed('?country=UKR');
    expect(ukraine.title).toBe('CMAA Atlas: changes for Ukraine');
    expect(ukraine.feed_url).toBe(`${origin}/api/v1/changes.json?country=UKR`);
    expect(ukraine._meta.country).toEqual({ name: 'Ukraine', iso2: 'UA', iso3: 'UKR' });
    expect(ukraine.items.map((i) => i.id)).toEqual(all.items.filter((i) => i._change.agreements.includes('ukr')).map((i) => i.id));
    expect(ukraine.items.length).toBeGreaterThan(0);
    expect(ukraine.items.every((i) => i.url === `${origin}/?country=UKR`)).toBe(true);
    for (const code of ['ua', '804', 'ukr']) expect((await feed(`?country=${code}`)).items).toEqual(ukraine.items);
    expect(all._meta.country).toBeNull();
  });

  it('follows a partner that has only an MRA, and former states by their agreement id', async () => {
    const newZealand = await feed('?country=NZ');
    expect(newZealand.items.length).toBeGreaterThan(0);
    expect(newZealand.items.every((i) => i._change.mras.includes('nzl'))).toBe(true);
    const ussr = await feed('?country=su-1990');
    expect(ussr.items.every((i) => i._change.agreements.includes('su-1990'))).toBe(true);
  });

  it('is a 404 for a code that names no partner, and a 400 for one that is no code', async () => {
    expect((await problemOf(await get('/api/v1/changes.json?country=ZZ'), 404)).type).toBe('/api/#problem-unknown-partner');
    expect((await problemOf(await get('/api/v1/changes.atom?country=ZZ'), 404)).type).toBe('/api/#problem-unknown-partner');
    expect((await problemOf(await get('/api/v1/changes.json?country=U%20A'), 400)).invalidParams?.map((p) => p.name)).toEqual(['country']);
  });

  it('is served as Atom too, with the same entries', async () => {
    const response = await get('/api/v1/changes.atom?country=UKR');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const ids = [...xml.matchAll(/<entry>\n<id>[^#]+#([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual((await feed('?country=UKR')).items.map((i) => i.id));
  });
});

describe('the frozen files as static assets', () => {
  it('are immutable, while the list of releases is revalidated', async () => {
    const file = await exports.default.fetch(new Request(`${origin}/data/releases/${first}/agreements.csv`));
    expect(file.status).toBe(200);
    expect(file.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const list = await exports.default.fetch(new Request(`${origin}/data/releases.json`));
    expect(list.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400');
  });
});
