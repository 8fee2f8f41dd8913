// /api/v1/releases: the frozen releases, their manifests, data packages, files, archives and changes, and
// /api/v1/agreements/{code}/history, one record through every release. Frozen files are served as they are.

import { Hono } from 'hono';
import meta from '../../data/meta.json';
import { fieldChanges } from '../../data/releases';
import { validQuery } from '../http';
import { jsonAnswer } from '../json';
import {
  getAgreementHistory, getRelease, getReleaseArchive, getReleaseChanges, getReleaseDataPackage, getReleaseFile, listReleases,
  routePath,
} from '../operations';
import { withDataset } from '../dataset';
import { problem } from '../problem';
import {
  frozenFile, releaseDatasets, releasesUnavailable, unknownFile, withRelease, withReleases, type ReleaseVariables,
} from '../releases';

export const releaseRoutes = new Hono<{ Bindings: Env; Variables: ReleaseVariables }>();

releaseRoutes.get(routePath(listReleases), validQuery(listReleases.parameters), withReleases, (c) =>
  jsonAnswer(c, { meta: { ...meta, count: c.var.releases.length }, releases: c.var.releases }),
);

// The archive first: its path would also match a release's manifest, and the named files before any file.
releaseRoutes.get(routePath(getReleaseArchive), validQuery(getReleaseArchive.parameters), withRelease, (c) =>
  frozenFile(c, c.var.release.zip.name),
);

releaseRoutes.get(routePath(getRelease), validQuery(getRelease.parameters), withRelease, (c) => frozenFile(c, 'manifest.json'));

releaseRoutes.get(routePath(getReleaseChanges), validQuery(getReleaseChanges.parameters), withRelease, (c) => frozenFile(c, 'changes.json'));

releaseRoutes.get(routePath(getReleaseDataPackage), validQuery(getReleaseDataPackage.parameters), withRelease, (c) =>
  frozenFile(c, 'datapackage.json'),
);

releaseRoutes.get(routePath(getReleaseFile), validQuery(getReleaseFile.parameters), withRelease, (c) => {
  const name = c.req.param('file')!;
  return c.var.release.files.some((f) => f.name === name) ? frozenFile(c, name) : unknownFile(c, name);
});

releaseRoutes.get(routePath(getAgreementHistory), validQuery(getAgreementHistory.parameters), withDataset, withReleases, async (c) => {
  const code = c.req.param('code')!;
  let releases;
  try {
    releases = await releaseDatasets(c);
  } catch (error) {
    return releasesUnavailable(c, error);
  }
  // The current agreement of the code, or, for an id no longer in the data, the newest release's.
  const id = [c.var.dataset, ...releases].map((d) => d.agreementByCode(code)).find(Boolean)?.id;
  if (!id) {
    return problem(
      c, 'unknown-partner',
      `No agreement is recorded for "${code}", now or in any release. Use an agreement id (e.g. ukr, eu, su-1990) or a partner's ISO 3166-1 alpha-2, alpha-3 or numeric code (UA, UKR, 804).`,
    );
  }
  const history = c.var.releases.map((release, i) => {
    const agreement = releases[i].network.byId.get(id) ?? null;
    const before = releases[i + 1]?.network.byId.get(id) ?? null;
    const changes = agreement && before ? fieldChanges(before, agreement) : [];
    const change = agreement
      ? before ? (changes.length ? 'changed' : 'unchanged') : 'added'
      : before ? 'removed' : 'absent';
    return { version: release.version, date: release.date, change, agreement, changes };
  });
  return jsonAnswer(c, { meta: { ...meta, count: history.length }, id, history });
});
