// The dataset's other tables: EU membership over time, the AEO mutual recognition arrangements (JSON and
// CSV), and the counts of agreements that CBP has stated (with the reported agreements no good source
// confirms).

import { Hono } from 'hono';
import meta from '../../data/meta.json';
import { mraSchema } from '../../data/schema';
import { chosenColumns, columnsOf, csvDownload } from '../csv';
import { withDataset, type ServedDataset } from '../dataset';
import { validQuery } from '../http';
import { jsonAnswer } from '../json';
import { listCbpCounts, listEuMembers, listMras, listMrasCsv, routePath } from '../operations';
import { chosenFields, single, type QueryValues } from '../query';
import { matchesSearch, pickFields } from '../select';

export const referenceRoutes = new Hono<{ Bindings: Env }>();

const columns = columnsOf(mraSchema);

function selectMras({ mras }: ServedDataset, values: QueryValues) {
  const q = single(values, 'q');
  const fields = chosenFields(values, mraSchema);
  return { rows: mras.filter((m) => q === null || matchesSearch(m, q)), applied: { q, fields } };
}

referenceRoutes.get(routePath(listEuMembers), validQuery(listEuMembers.parameters), withDataset, (c) => {
  const { euMembers } = c.var.dataset;
  return jsonAnswer(c, { meta: { ...meta, count: euMembers.length }, euMembers });
});

referenceRoutes.get(routePath(listMras), validQuery(listMras.parameters), withDataset, (c) => {
  const { rows, applied } = selectMras(c.var.dataset, c.req.valid('query'));
  return jsonAnswer(c, { meta: { ...meta, count: rows.length, ...applied }, mras: rows.map((m) => pickFields(m, applied.fields)) });
});

referenceRoutes.get(routePath(listMrasCsv), validQuery(listMrasCsv.parameters), withDataset, (c) => {
  const { rows, applied } = selectMras(c.var.dataset, c.req.valid('query'));
  return csvDownload(c, 'mras', meta.version, chosenColumns(columns, applied.fields), rows);
});

referenceRoutes.get(routePath(listCbpCounts), validQuery(listCbpCounts.parameters), withDataset, (c) => {
  const { cbpCounts, reconciliation, unconfirmed } = c.var.dataset;
  return jsonAnswer(c, { meta: { ...meta, count: cbpCounts.length, reconciliation }, cbpCounts, unconfirmed });
});
