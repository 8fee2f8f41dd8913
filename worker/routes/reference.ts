// The dataset's other tables: EU membership over time and the AEO mutual recognition arrangements.

import { Hono } from 'hono';
import { euMembers, meta, mras } from '../dataset';

export const referenceRoutes = new Hono<{ Bindings: Env }>();

referenceRoutes.get('/eu-members', (c) => c.json({ meta: { ...meta, count: euMembers.length }, euMembers }));
referenceRoutes.get('/mras', (c) => c.json({ meta: { ...meta, count: mras.length }, mras }));
