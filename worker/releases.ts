// The frozen releases, read from the static assets as the dataset is (dataset.ts): their list once per
// isolate, a release's data when a request first needs it, and its files as they are, on each request. None
// of it is part of the Worker's code.

import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { releaseFilePath, releasesFile, type ReleaseManifest } from '../data/releases';
import type { Dataset } from '../data/types';
import { readOnce, servedDataset, type ServedDataset } from './dataset';
import { immutableCacheControl } from './cache-control';
import { problem } from './problem';
import { parseQuery, versionParameter } from './query';

export type ReleaseVariables = {
  releases: ReleaseManifest[];
  release: ReleaseManifest;
  dataset: ServedDataset;
  /** The version of the data an answer comes from, when it is not the current one: the ETag starts with it. */
  dataVersion: string;
};
type ReleaseContext = Context<{ Bindings: Env; Variables: ReleaseVariables }>;

async function fetchAsset(assets: Fetcher, path: string): Promise<Response> {
  const response = await assets.fetch(new Request(new URL(path, 'https://assets.local')));
  if (!response.ok) throw new Error(`The release file ${path} answered ${response.status}.`);
  return response;
}

const loadReleases = readOnce(async (assets) => {
  const { releases } = (await (await fetchAsset(assets, releasesFile)).json()) as { releases?: ReleaseManifest[] };
  if (!Array.isArray(releases)) throw new Error(`The list of releases ${releasesFile} lists none.`);
  return releases;
});

const releaseReaders = new Map<string, ReturnType<typeof readOnce<ServedDataset>>>();

/** A release's data, read once per isolate. */
function loadRelease(c: ReleaseContext, version: string): Promise<ServedDataset> {
  let read = releaseReaders.get(version);
  if (!read) {
    read = readOnce(async (assets) => {
      const dataset = (await (await fetchAsset(assets, releaseFilePath(version, 'dataset.json'))).json()) as Dataset;
      if (dataset.meta.version !== version) throw new Error(`The data of release ${version} is version ${dataset.meta.version}.`);
      return servedDataset(dataset);
    });
    releaseReaders.set(version, read);
  }
  return read(c.env.ASSETS, c.executionCtx);
}

export const releasesUnavailable = (c: Context, error: unknown) => {
  console.error(error);
  return problem(c, 'unavailable', 'The releases could not be loaded; the failure has been logged. Try again shortly.');
};

const unknownRelease = (c: Context, version: string, releases: ReleaseManifest[]) =>
  problem(c, 'unknown-release', `No release has version ${version}. The releases: ${releases.map((r) => r.version).join(', ')}.`, {
    knownVersions: releases.map((r) => r.version),
  });

/** Puts the list of releases, newest first, in `c.var.releases`. */
export const withReleases = createMiddleware<{ Bindings: Env; Variables: ReleaseVariables }>(async (c, next) => {
  try {
    c.set('releases', await loadReleases(c.env.ASSETS, c.executionCtx));
  } catch (error) {
    return releasesUnavailable(c, error);
  }
  await next();
});

/** The release named by `{version}` in the path (a `.zip` after it is the archive's): 400 if malformed, 404 if unknown. */
export const withRelease = createMiddleware<{ Bindings: Env; Variables: ReleaseVariables }>(async (c, next) => {
  const version = c.req.param('version')!.replace(/\.zip$/, '');
  const parsed = parseQuery([['version', version]], [versionParameter]);
  if (!parsed.ok) return problem(c, 'invalid-parameter', parsed.detail, { invalidParams: parsed.invalidParams, acceptedParams: [] });
  let releases: ReleaseManifest[];
  try {
    releases = await loadReleases(c.env.ASSETS, c.executionCtx);
  } catch (error) {
    return releasesUnavailable(c, error);
  }
  const release = releases.find((r) => r.version === version);
  if (!release) return unknownRelease(c, version, releases);
  c.set('release', release);
  c.set('dataVersion', version);
  await next();
});

/**
 * With `?version=`, the release's data in `c.var.dataset` in place of the current data (withDataset comes
 * first), or the 404 problem if no release has that version. The query has been checked already (validQuery).
 */
export const withVersion = createMiddleware<{ Bindings: Env; Variables: ReleaseVariables }>(async (c, next) => {
  const version = new URL(c.req.url).searchParams.get('version');
  if (version === null) return next();
  try {
    const releases = await loadReleases(c.env.ASSETS, c.executionCtx);
    if (!releases.some((r) => r.version === version)) return unknownRelease(c, version, releases);
    c.set('dataset', await loadRelease(c, version));
  } catch (error) {
    return releasesUnavailable(c, error);
  }
  c.set('dataVersion', version);
  await next();
});

/** The data of every release, newest first, as `c.var.releases` lists them. */
export function releaseDatasets(c: ReleaseContext): Promise<ServedDataset[]> {
  return Promise.all(c.var.releases.map((r) => loadRelease(c, r.version)));
}

const contentTypes: Record<string, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json',
  zip: 'application/zip',
};

/**
 * A frozen file of `c.var.release`, byte for byte (its checksum is in the manifest), cached as immutable. The
 * JSON files were written HTML-safe, as every JSON answer is. Each is named with the version, as the API's CSV
 * is (`cmaa-agreements-2026.11.27.csv`): the tables and the archive as downloads, the JSON files shown inline.
 */
export async function frozenFile(c: ReleaseContext, name: string): Promise<Response> {
  const { version } = c.var.release;
  let body: ArrayBuffer;
  try {
    body = await (await fetchAsset(c.env.ASSETS, releaseFilePath(version, name))).arrayBuffer();
  } catch (error) {
    return releasesUnavailable(c, error);
  }
  const dot = name.lastIndexOf('.');
  const extension = name.slice(dot + 1);
  const fileName = extension === 'zip' ? name : `cmaa-${name.slice(0, dot)}-${version}.${extension}`;
  c.header('Cache-Control', immutableCacheControl);
  return c.body(body, 200, {
    'Content-Type': contentTypes[extension],
    'Content-Disposition': `${extension === 'json' ? 'inline' : 'attachment'}; filename="${fileName}"`,
  });
}

/** The answer for a file name the release does not have. */
export const unknownFile = (c: ReleaseContext, name: string) => {
  const files = c.var.release.files.map((f) => f.name);
  return problem(c, 'unknown-file', `Release ${c.var.release.version} has no file "${name}". Its files: ${files.join(', ')}; the whole package is at ${c.var.release.version}.zip.`, {
    knownFiles: files,
  });
};
