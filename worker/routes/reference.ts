// The dataset's other tables: EU membership over time, the AEO mutual recognition arrangements, and the
// counts of agreements that CBP has stated.

import { Hono } from 'hono';
import { cbpCounts, euMembers, meta, mras, reconciliation } from '../dataset';

export const referenceRoutes = new Hono<{ Bindings: Env }>();

referenceRoutes.get('/eu-members', (c) => c.json({ meta: { ...meta, count: euMembers.length }, euMembers }));
referenceRoutes.get('/mras', (c) => c.json({ meta: { ...meta, count: mras.length }, mras }));
referenceRoutes.get('/cbp-counts', (c) =>
  c.json({ meta: { ...meta, count: cbpCounts.length, reconciliation }, cbpCounts }),
);
