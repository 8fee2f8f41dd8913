// The dataset's other tables: EU membership over time, the AEO mutual recognition arrangements, and the
// counts of agreements that CBP has stated (with the reported agreements no good source confirms).

import { Hono } from 'hono';
import { cbpCounts, euMembers, meta, mras, reconciliation, unconfirmed } from '../dataset';

export const referenceRoutes = new Hono<{ Bindings: Env }>();

referenceRoutes.get('/eu-members', (c) => c.json({ meta: { ...meta, count: euMembers.length }, euMembers }));
referenceRoutes.get('/mras', (c) => c.json({ meta: { ...meta, count: mras.length }, mras }));
referenceRoutes.get('/cbp-counts', (c) =>
  c.json({ meta: { ...meta, count: cbpCounts.length, reconciliation }, cbpCounts, unconfirmed }),
);
