// `npm run release`: freezes data/ as a release in data/releases/<version>/, named by the dataset's version
// (meta.version). Also what the build and the tests use to read and check the frozen releases.
//
// A release holds the package (datapackage.json, the three CSV tables, dataset.json, changes.json against
// the previous release), one zip of them, and manifest.json with the size and SHA-256 of every file. Frozen
// files are never rewritten: the build and the tests refuse a release whose files differ from its manifest.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { htmlSafeJson } from '../data/json';
import {
  compareVersions, isVersion, packageFiles, releaseChanges, releaseFilePath, releasesFile, sameValue, zipName,
  type FrozenFile, type ReleaseChanges, type ReleaseManifest,
} from '../data/releases';
import type { Dataset } from '../data/types';
import { countryCodes, validateDataset } from '../data/validate';
import { dataPackage, tableCsv } from './data-package';

const encoder = new TextEncoder();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const frozen = (name: string, bytes: Uint8Array): FrozenFile => ({ name, bytes: bytes.length, sha256: sha256(bytes) });
/** JSON for people to read, HTML-safe like every JSON answer of the API, which serves these files as they are. */
const readableJson = (value: unknown) => `${htmlSafeJson(value, 2)}\n`;

/** The tables of data/, read from the files rather than imported, so that any copy of the folder can be released. */
export function readDataset(dataDir: string): Dataset {
  const read = (name: string) => JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8'));
  return {
    meta: read('meta'), agreements: read('agreements'), euMembers: read('eu-members'), mras: read('mras'),
    cbpCounts: read('cbp-counts'), unconfirmed: read('unconfirmed'), changelog: read('changelog'),
  };
}

/** The releases frozen in a folder, newest first. */
export function readReleases(releasesDir: string): ReleaseManifest[] {
  if (!existsSync(releasesDir)) return [];
  return readdirSync(releasesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => JSON.parse(readFileSync(join(releasesDir, entry.name, 'manifest.json'), 'utf8')) as ReleaseManifest)
    .sort((a, b) => compareVersions(b.version, a.version));
}

/** What is wrong with a frozen release: a file missing, added, or different from its manifest. Empty when intact. */
export function releaseProblems(releasesDir: string, version: string): string[] {
  const dir = join(releasesDir, version);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ReleaseManifest;
  const problems: string[] = [];
  if (manifest.version !== version) problems.push(`${version}: manifest.json names version ${manifest.version}`);
  const listed = [...manifest.files, manifest.zip];
  const expected = [...packageFiles, zipName(version)];
  if (listed.map((f) => f.name).join() !== expected.join()) problems.push(`${version}: the manifest lists ${listed.map((f) => f.name).join(', ')}, not ${expected.join(', ')}`);
  const present = readdirSync(dir).filter((name) => name !== 'manifest.json');
  for (const name of present.filter((n) => !listed.some((f) => f.name === n))) problems.push(`${version}/${name}: not in the manifest`);
  const contents = new Map<string, Uint8Array>();
  for (const file of listed) {
    if (!present.includes(file.name)) {
      problems.push(`${version}/${file.name}: missing`);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(join(dir, file.name)));
    contents.set(file.name, bytes);
    if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) {
      problems.push(`${version}/${file.name}: its bytes differ from the manifest's size and SHA-256; a frozen file is never edited`);
    }
  }
  const zip = contents.get(manifest.zip.name);
  if (zip) {
    const entries = unzipSync(zip);
    const same = Object.keys(entries).join() === packageFiles.join() &&
      packageFiles.every((name) => contents.has(name) && Buffer.from(entries[name]).equals(contents.get(name)!));
    if (!same) problems.push(`${version}/${manifest.zip.name}: does not hold exactly the package's files`);
  }
  return problems;
}

/** The files the build adds to the static assets: every frozen file, and the list of releases. */
export function releaseAssets(releasesDir: string): { fileName: string; source: Uint8Array | string }[] {
  const releases = readReleases(releasesDir);
  const problems = releases.flatMap((r) => releaseProblems(releasesDir, r.version));
  if (problems.length) throw new Error(`data/releases/ has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return [
    { fileName: releasesFile.slice(1), source: htmlSafeJson({ releases }) },
    ...releases.flatMap((r) => ['manifest.json', ...r.files.map((f) => f.name), r.zip.name].map((name) => ({
      fileName: releaseFilePath(r.version, name).slice(1),
      source: new Uint8Array(readFileSync(join(releasesDir, r.version, name))),
    }))),
  ];
}

/** The frozen files of a release of `dataset`, compared with the previous release's data. */
export function releaseFiles(dataset: Dataset, previous: Dataset | null, now: Date) {
  const created = `${now.toISOString().slice(0, 19)}Z`;
  const csv = tableCsv(dataset);
  const changes: ReleaseChanges = releaseChanges(previous, dataset);
  const data: Record<string, Uint8Array> = {
    'agreements.csv': encoder.encode(csv.agreements),
    'mras.csv': encoder.encode(csv.mras),
    'eu-members.csv': encoder.encode(csv['eu-members']),
    'dataset.json': encoder.encode(htmlSafeJson(dataset)),
    'changes.json': encoder.encode(readableJson(changes)),
  };
  const facts = Object.fromEntries(Object.entries(data).map(([name, bytes]) => [name, frozen(name, bytes)]));
  const contents: Record<string, Uint8Array> = { 'datapackage.json': encoder.encode(readableJson(dataPackage(dataset, created, facts))), ...data };
  // The archive's dates are the release's, so that the same files always make the same archive.
  const zip = zipSync(Object.fromEntries(packageFiles.map((name) => [name, contents[name]])), { level: 9, mtime: now });
  const manifest: ReleaseManifest = {
    version: dataset.meta.version,
    date: dataset.meta.updated,
    created,
    previous: previous?.meta.version ?? null,
    counts: {
      agreements: dataset.agreements.length,
      mras: dataset.mras.length,
      euMembers: dataset.euMembers.length,
      cbpCounts: dataset.cbpCounts.length,
      unconfirmed: dataset.unconfirmed.length,
    },
    files: packageFiles.map((name) => frozen(name, contents[name])),
    zip: frozen(zipName(dataset.meta.version), zip),
  };
  return { manifest, changes, contents: { ...contents, [manifest.zip.name]: zip, 'manifest.json': encoder.encode(readableJson(manifest)) } };
}

export interface ReleaseOutcome {
  manifest: ReleaseManifest;
  changes: ReleaseChanges | null;
  /** False when the newest release already holds exactly this data. */
  created: boolean;
}

/**
 * Freezes the data in `root`/data as a release named by its version, and names it in `root`/CITATION.cff.
 * Refuses data that fails validation, a version older than the newest release, and a version already released
 * with other data (the version must be bumped, as data/README.md says).
 */
export function cutRelease(root: string, now = new Date()): ReleaseOutcome {
  const dataDir = join(root, 'data');
  const releasesDir = join(dataDir, 'releases');
  const dataset = readDataset(dataDir);
  const errors = validateDataset(dataset, countryCodes);
  if (errors.length) throw new Error(`data/ has ${errors.length} problem(s); nothing was released:\n  ${errors.join('\n  ')}`);
  const { version } = dataset.meta;
  if (!isVersion(version)) throw new Error(`meta.version ${version} is not a version YYYY.MM.DD or YYYY.MM.DD.N of a real day.`);
  const releases = readReleases(releasesDir);
  const readRelease = (v: string) => JSON.parse(readFileSync(join(releasesDir, v, 'dataset.json'), 'utf8')) as Dataset;
  const same = releases.find((r) => r.version === version);
  if (same) {
    if (sameValue(readRelease(version), dataset)) return { manifest: same, changes: null, created: false };
    throw new Error(
      `data/ differs from release ${version}, which is frozen. Give the data a new version in data/meta.json (YYYY.MM.DD, .2 for a second change that day) with its change log entry, as data/README.md says, then release again.`,
    );
  }
  const newest = releases[0];
  if (newest && compareVersions(version, newest.version) < 0) {
    throw new Error(`meta.version ${version} is older than the newest release, ${newest.version}.`);
  }
  const { manifest, changes, contents } = releaseFiles(dataset, newest ? readRelease(newest.version) : null, now);
  const dir = join(releasesDir, version);
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(contents)) writeFileSync(join(dir, name), bytes, { flag: 'wx' });
  const citation = join(root, 'CITATION.cff');
  writeFileSync(citation, readFileSync(citation, 'utf8')
    .replace(/^version: .*$/m, `version: "${version}"`)
    .replace(/^date-released: .*$/m, `date-released: "${manifest.date}"`));
  return { manifest, changes, created: true };
}

const list = (ids: string[]) => (ids.length ? ids.join(', ') : 'none');

/** The command: releases the repository's data/ and says what the release holds and what changed. */
export function main(root: string): void {
  const { manifest, changes, created } = cutRelease(root);
  const where = `data/releases/${manifest.version}`;
  if (!created) {
    console.log(`Release ${manifest.version} already holds exactly this data (${where}); nothing to do.`);
    return;
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Release ${manifest.version} (data of ${manifest.date}) frozen in ${where}:`);
  for (const file of [...manifest.files, manifest.zip]) console.log(`  ${file.name.padEnd(28)} ${kb(file.bytes).padStart(9)}  sha256 ${file.sha256}`);
  if (changes) {
    console.log(changes.from ? `Against release ${changes.from}:` : 'The first release:');
    console.log(`  agreements added: ${list(changes.added)}; removed: ${list(changes.removed)}`);
    for (const c of changes.changed) console.log(`  agreement ${c.id} changed: ${c.fields.map((f) => f.field).join(', ')}`);
    for (const [table, t] of [['MRAs', changes.mras], ['EU members', changes.euMembers]] as const) {
      console.log(`  ${table} added: ${list(t.added)}; removed: ${list(t.removed)}; changed: ${list(t.changed.map((c) => `${c.id} (${c.fields.map((f) => f.field).join(', ')})`))}`);
    }
  }
  console.log(`CITATION.cff now names ${manifest.version}. Next: npm test, then commit ${where} and CITATION.cff.`);
}
