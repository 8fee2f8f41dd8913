// /api/v1/changes.json: the change feed.

import { Hono } from 'hono';
import { withDataset } from '../dataset';
import { changeFeed } from '../feed';
import { validQuery } from '../http';
import { jsonAnswer } from '../json';
import { listChanges, routePath } from '../operations';

export const changeRoutes = new Hono<{ Bindings: Env }>();

changeRoutes.get(routePath(listChanges), validQuery(listChanges.parameters), withDataset, (c) =>
  jsonAnswer(c, changeFeed(c.var.dataset, new URL(c.req.url).origin), 200, listChanges.answer.mediaType),
);
