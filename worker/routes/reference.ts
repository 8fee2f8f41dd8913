// The dataset's other tables: EU membership over time, the AEO mutual recognition arrangements (JSON and
// CSV), and the counts of agreements that CBP has stated (with the reported agreements no good source
// confirms).

import { Hono } from 'hono';
import { mraSchema } from '../../data/schema';
import { chosenColumns, columnsOf, csvDownload } from '../csv';
import { cbpCounts, euMembers, meta, mras, reconciliation, unconfirmed } from '../dataset';
import { validQuery } from '../http';
import { listCbpCounts, listEuMembers, listMras, listMrasCsv, routePath } from '../operations';
import { chosenFields, single, type QueryValues } from '../query';
import { matchesSearch, pickFields } from '../select';

export const referenceRoutes = new Hono<{ Bindings: Env }>();

const columns = columnsOf(mraSchema);

function selectMras(values: QueryValues) {
  const q = single(values, 'q');
  const fields = chosenFields(values, mraSchema);
  return { rows: mras.filter((m) => q === null || matchesSearch(m, q)), applied: { q, fields } };
}

referenceRoutes.get(routePath(listEuMembers), validQuery(listEuMembers.parameters), (c) =>
  c.json({ meta: { ...meta, count: euMembers.length }, euMembers }),
);

referenceRoutes.get(routePath(listMras), validQuery(listMras.parameters), (c) => {
  const { rows, applied } = selectMras(c.req.valid('query'));
  return c.json({ meta: { ...meta, count: rows.length, ...applied }, mras: rows.map((m) => pickFields(m, applied.fields)) });
});

referenceRoutes.get(routePath(listMrasCsv), validQuery(listMrasCsv.parameters), (c) => {
  const { rows, applied } = selectMras(c.req.valid('query'));
  return csvDownload(c, 'mras', meta.version, chosenColumns(columns, applied.fields), rows);
});

referenceRoutes.get(routePath(listCbpCounts), validQuery(listCbpCounts.parameters), (c) =>
  c.json({ meta: { ...meta, count: cbpCounts.length, reconciliation }, cbpCounts, unconfirmed }),
);
