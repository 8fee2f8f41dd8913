// /api/v1/changes.json and /api/v1/changes.atom: the change feed, of every partner or of one (`country`).

import { Hono, type Context } from 'hono';
import { atomContentType, atomFeed } from '../atom';
import { withDataset, type ServedDataset } from '../dataset';
import { changeFeed, followedPartner } from '../feed';
import { validQuery } from '../http';
import { jsonAnswer } from '../json';
import { listChanges, listChangesAtom, routePath } from '../operations';
import { problem } from '../problem';
import { single } from '../query';

export const changeRoutes = new Hono<{ Bindings: Env; Variables: { dataset: ServedDataset } }>();

/** The JSON Feed at `feedUrl` with the request's `country`, or the 404 problem for a code that names no partner. */
function feedFor(c: Context<{ Bindings: Env; Variables: { dataset: ServedDataset } }>, feedUrl: URL, country: string | null) {
  if (country === null) return changeFeed(c.var.dataset, feedUrl);
  const followed = followedPartner(c.var.dataset, country);
  if (followed) return changeFeed(c.var.dataset, feedUrl, followed);
  return problem(
    c, 'unknown-partner',
    `No agreement or MRA is recorded for "${country}". Use an agreement id (e.g. ukr, su-1990) or a partner's ISO 3166-1 alpha-2, alpha-3 or numeric code (UA, UKR, 804).`,
  );
}

changeRoutes.get(routePath(listChanges), validQuery(listChanges.parameters), withDataset, (c) => {
  const feed = feedFor(c, new URL(c.req.url), single(c.req.valid('query'), 'country'));
  return feed instanceof Response ? feed : jsonAnswer(c, feed, 200, listChanges.answer.mediaType);
});

changeRoutes.get(routePath(listChangesAtom), validQuery(listChangesAtom.parameters), withDataset, (c) => {
  const self = new URL(c.req.url);
  const jsonFeedUrl = new URL(self);
  jsonFeedUrl.pathname = jsonFeedUrl.pathname.replace(/\.atom$/, '.json');
  const feed = feedFor(c, jsonFeedUrl, single(c.req.valid('query'), 'country'));
  return feed instanceof Response ? feed : c.body(atomFeed(feed, self.href), 200, { 'Content-Type': atomContentType });
});
