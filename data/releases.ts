// Releases: frozen versions of the dataset (data/releases/<version>/, made by `npm run release`). What the
// release script, the build, the Worker and the tests share: the version rule, where the frozen files are
// served from, their manifest, and the record-by-record comparison of two versions.

import { isDay } from './dates';
import { metaSchema } from './schema';
import type { ChangeEntry, Dataset } from './types';

/** `YYYY.MM.DD`, or `YYYY.MM.DD.N` for a later version the same day: the pattern of `meta.version`. */
export const versionPattern = metaSchema.properties!.version.pattern!;

/** True for a version of a real day (`2026.02.30` is refused). */
export function isVersion(value: string): boolean {
  return new RegExp(versionPattern).test(value) && isDay(value.slice(0, 10).replaceAll('.', '-'));
}

/** The first release, published before releases were frozen: every later deployment keeps it, so examples use it. */
export const firstRelease = '2026.11.27';

/** Orders versions by day, then by the same-day number (`2026.11.27` < `2026.11.27.2` < `2026.11.28`). */
export function compareVersions(a: string, b: string): number {
  const [dayA, dayB] = [a.slice(0, 10), b.slice(0, 10)];
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  return Number(a.slice(11) || 1) - Number(b.slice(11) || 1);
}

/** A frozen file and its checksum. */
export interface FrozenFile {
  name: string;
  bytes: number;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
}

/** What `manifest.json` of a release says, and what `/api/v1/releases` lists. */
export interface ReleaseManifest {
  version: string;
  /** The day this version of the data was published (its `meta.updated`). */
  date: string;
  /** When the release was frozen (ISO 8601, UTC). */
  created: string;
  /** The release it is compared with in `changes.json`; null for the first. */
  previous: string | null;
  counts: { agreements: number; mras: number; euMembers: number; cbpCounts: number; unconfirmed: number };
  /** The files of the package, each served at /api/v1/releases/{version}/{name}. */
  files: FrozenFile[];
  /** All of them in one archive, served at /api/v1/releases/{version}.zip. */
  zip: FrozenFile;
}

/** The files of every release, in the order the manifest and the archive list them. */
export const packageFiles = ['datapackage.json', 'agreements.csv', 'mras.csv', 'eu-members.csv', 'dataset.json', 'changes.json'] as const;
export type PackageFile = (typeof packageFiles)[number];

export const zipName = (version: string) => `cmaa-atlas-${version}.zip`;

/** Where the build puts the list of releases among the static assets (newest first), and the frozen files. */
export const releasesFile = '/data/releases.json';
export const releaseFilePath = (version: string, name: string) => `/data/releases/${version}/${name}`;

// Comparing two versions of the data, record by record and field by field.

export interface FieldChange { field: string; before: unknown; after: unknown }
export interface RecordChanges { id: string; fields: FieldChange[] }
export interface TableChanges { added: string[]; removed: string[]; changed: RecordChanges[] }

/** `changes.json`: the agreements compared at the top level, as the contract names them, the other tables beside. */
export interface ReleaseChanges extends TableChanges {
  from: string | null;
  to: string;
  mras: TableChanges;
  /** Keyed by `iso3`. */
  euMembers: TableChanges;
  /** The change log's entries published since the previous release, oldest first: the changes in words. */
  changelog: ChangeEntry[];
}

/** Deep equality of JSON values; the order of an object's members does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length &&
    keysA.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The top-level fields whose values differ, in the record's order; a missing field is null. */
export function fieldChanges(before: object, after: object): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields.filter((f) => !sameValue(b[f] ?? null, a[f] ?? null)).map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

/** Records added, removed and changed between two lists, matched by a key; in the newer list's order. */
export function tableChanges<T extends object>(before: readonly T[], after: readonly T[], key: (record: T) => string): TableChanges {
  const old = new Map(before.map((r) => [key(r), r]));
  const now = new Set(after.map(key));
  const changed: RecordChanges[] = [];
  for (const record of after) {
    const previous = old.get(key(record));
    const fields = previous ? fieldChanges(previous, record) : [];
    if (fields.length) changed.push({ id: key(record), fields });
  }
  return {
    added: after.map(key).filter((id) => !old.has(id)),
    removed: before.map(key).filter((id) => !now.has(id)),
    changed,
  };
}

/** What changed from one release's data to the next (from nothing, for the first release). */
export function releaseChanges(from: Dataset | null, to: Dataset): ReleaseChanges {
  const since = from?.meta.version;
  return {
    from: since ?? null,
    to: to.meta.version,
    ...tableChanges(from?.agreements ?? [], to.agreements, (a) => a.id),
    mras: tableChanges(from?.mras ?? [], to.mras, (m) => m.id),
    euMembers: tableChanges(from?.euMembers ?? [], to.euMembers, (m) => m.iso3),
    changelog: to.changelog.filter((e) => since === undefined || compareVersions(e.version, since) > 0),
  };
}
