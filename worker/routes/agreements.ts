// /api/v1/agreements: the list (by date, status and partner) as JSON and CSV, and one partner's agreement.

import { Hono } from 'hono';
import { agreementSchema } from '../../data/schema';
import { chosenColumns, columnsOf, csvDownload } from '../csv';
import { withDataset, type ServedDataset } from '../dataset';
import { validQuery } from '../http';
import { jsonAnswer } from '../json';
import { getAgreement, listAgreements, listAgreementsCsv, routePath } from '../operations';
import { problem } from '../problem';
import { chosenFields, chosenStatuses, single, type QueryValues } from '../query';
import { withVersion, type ReleaseVariables } from '../releases';
import { matchesSearch, pickFields } from '../select';

// Each route answers from the current data, or from a release's with `version` (withVersion).
export const agreementRoutes = new Hono<{ Bindings: Env; Variables: ReleaseVariables }>();

const columns = columnsOf(agreementSchema);

/**
 * The rows a list query asks for, and the query as applied (which `meta` reports). A date's network (asOf,
 * or today's when neither asOf nor status is given) holds only partners in being on that day; status alone
 * lists the records with those statuses, the former states' included.
 */
function selectAgreements({ agreements, network }: ServedDataset, values: QueryValues) {
  const asOf = single(values, 'asOf');
  const status = chosenStatuses(values);
  const q = single(values, 'q');
  const fields = chosenFields(values, agreementSchema);
  const scope = asOf || !values.status?.length ? 'network' : 'records';
  const base = asOf ? network.agreementsOn(asOf) : scope === 'network' ? network.current() : agreements;
  const rows = base.filter((a) => status.includes(a.status) && (q === null || matchesSearch(a, q)));
  return { rows, applied: { asOf, status, scope, q, fields } };
}

agreementRoutes.get(routePath(listAgreements), validQuery(listAgreements.parameters), withDataset, withVersion, (c) => {
  const { rows, applied } = selectAgreements(c.var.dataset, c.req.valid('query'));
  return jsonAnswer(c, {
    meta: { ...c.var.dataset.meta, count: rows.length, ...applied, reconciliation: c.var.dataset.reconciliation },
    agreements: rows.map((a) => pickFields(a, applied.fields)),
  });
});

agreementRoutes.get(routePath(listAgreementsCsv), validQuery(listAgreementsCsv.parameters), withDataset, withVersion, (c) => {
  const { rows, applied } = selectAgreements(c.var.dataset, c.req.valid('query'));
  return csvDownload(c, 'agreements', c.var.dataset.meta.version, chosenColumns(columns, applied.fields), rows);
});

agreementRoutes.get(routePath(getAgreement), validQuery(getAgreement.parameters), withDataset, withVersion, (c) => {
  const code = c.req.param('code')!; // the route's only path parameter
  const agreement = c.var.dataset.agreementByCode(code);
  if (!agreement) {
    const version = single(c.req.valid('query'), 'version');
    return problem(
      c, 'unknown-partner',
      `No agreement is recorded for "${code}"${version ? ` in release ${version}` : ''}. Use an agreement id (e.g. ukr, eu, su-1990) or a partner's ISO 3166-1 alpha-2, alpha-3 or numeric code (UA, UKR, 804).`,
    );
  }
  const fields = chosenFields(c.req.valid('query'), agreementSchema);
  return jsonAnswer(c, { meta: { ...c.var.dataset.meta, fields }, agreement: pickFields(agreement, fields) });
});
