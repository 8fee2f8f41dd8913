// The releases frozen in data/releases/: intact (every file as its manifest's size and SHA-256 say, the zip
// holding exactly the package), never edited (git has only ever added their files), chained (each compared
// with the one before), valid to the Frictionless reference library, and consistent with the data and with
// CITATION.cff.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { compareVersions, sameValue, type ReleaseChanges } from '../../data/releases';
import type { Dataset } from '../../data/types';
import { license, packageTitle } from '../../scripts/data-package';
import { readReleases, releaseProblems } from '../../scripts/release';
import { checkPackage } from './frictionless';

const releasesDir = 'data/releases';
const releases = readReleases(releasesDir);
const versions = releases.map((r) => r.version);
const read = (version: string, name: string) => readFileSync(join(releasesDir, version, name), 'utf8');
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });

describe('data/releases/', () => {
  it('holds the first release, 2026.11.27, and lists the releases newest first', () => {
    expect(versions.at(-1)).toBe('2026.11.27');
    expect([...versions].sort(compareVersions).reverse()).toEqual(versions);
  });

  it('has never had a frozen file edited, renamed or deleted, in the history or in the working tree', () => {
    expect(git('log', '--format=%h %s', '--diff-filter=MDRT', '--', releasesDir)).toBe('');
    const changed = git('status', '--porcelain', '--', releasesDir).split('\n').filter((line) => line && !line.startsWith('??') && !line.startsWith('A '));
    expect(changed).toEqual([]);
  });
});

describe.each(versions)('release %s', (version) => {
  const manifest = releases.find((r) => r.version === version)!;
  const data = JSON.parse(read(version, 'dataset.json')) as Dataset;

  it('is intact: every file as its manifest says, the zip holding exactly the package', () => {
    expect(releaseProblems(releasesDir, version)).toEqual([]);
  });

  // Valid by the rules of its day, which `npm run release` applied; the rules may have grown since, so they
  // are not applied again here.
  it('holds the data of its version, counted in its manifest', () => {
    expect(data.meta.version).toBe(version);
    expect(manifest.date).toBe(data.meta.updated);
    expect(manifest.counts).toEqual({
      agreements: data.agreements.length, mras: data.mras.length, euMembers: data.euMembers.length,
      cbpCounts: data.cbpCounts.length, unconfirmed: data.unconfirmed.length,
    });
  });

  it('is compared with the release before it', () => {
    const previous = versions[versions.indexOf(version) + 1] ?? null;
    const changes = JSON.parse(read(version, 'changes.json')) as ReleaseChanges;
    expect(manifest.previous).toBe(previous);
    expect({ from: changes.from, to: changes.to }).toEqual({ from: previous, to: version });
  });

  it('is a valid Frictionless Data Package: the descriptor by its profile, every CSV by its Table Schema', async () => {
    const { profile, problems, rows } = await checkPackage(join(releasesDir, version));
    expect(problems).toEqual([]);
    expect(profile).toBe('data-package');
    expect(rows.get('agreements')?.map((r) => r.id)).toEqual(data.agreements.map((a) => a.id));
    expect(rows.get('mras')).toHaveLength(data.mras.length);
    expect(rows.get('eu-members')?.map((r) => r.iso3)).toEqual(data.euMembers.map((m) => m.iso3));
    const descriptor = JSON.parse(read(version, 'datapackage.json'));
    expect(descriptor).toMatchObject({ name: 'cmaa-atlas', version, licenses: [license] });
    for (const resource of descriptor.resources) {
      expect(resource.hash).toBe(`sha256:${manifest.files.find((f) => f.name === resource.path)!.sha256}`);
    }
  });
});

describe('the data as it is now', () => {
  it('is exactly its release, if its version has been released', () => {
    const released = versions.includes(dataset.meta.version);
    if (released) {
      expect(sameValue(JSON.parse(read(dataset.meta.version, 'dataset.json')), dataset), `data/ differs from release ${dataset.meta.version}: give the data a new version`).toBe(true);
    }
  });

  it('is no older than the newest release', () => {
    expect(compareVersions(dataset.meta.version, versions[0])).toBeGreaterThanOrEqual(0);
  });
});

describe('CITATION.cff', () => {
  const citation = parse(readFileSync('CITATION.cff', 'utf8'));

  it('names the newest release, its date, the title and the licence of the data package', () => {
    expect(citation).toMatchObject({
      'cff-version': '1.2.0',
      type: 'dataset',
      title: packageTitle,
      version: versions[0],
      'date-released': releases[0].date,
      license: license.name,
    });
    expect(citation.authors.length).toBeGreaterThan(0);
    expect(citation.message).toMatch(/release/);
  });
});
