// /api/v1/reports: readers send corrections and agreements we don't list; everyone reads the errata log; a
// maintainer records each decision. The checks come in order of cost: query, token, media type and size,
// JSON, the report's fields, then the rate limit, and only then the database is written.

import { Hono, type Context } from 'hono';
import { iso3Codes } from '../../data/country-codes';
import meta from '../../data/meta.json';
import { checkReport, checkReview, reportBodyLimit, type FieldProblem, type KnownCodes } from '../../data/report';
import { jsonBody } from '../body';
import { withDataset, type ServedDataset } from '../dataset';
import { liveCacheControl, privateCacheControl } from '../cache-control';
import { validQuery } from '../http';
import { jsonAnswer } from '../json';
import { credentials, maintainerOnly, unauthorized } from '../maintainer';
import { apiBase, createReport, getReport, listReports, reviewReport, routePath } from '../operations';
import { problem } from '../problem';
import { single, type QueryValues } from '../query';
import { admit, clientKey, reportsPerMinute } from '../rate-limit';
import * as store from '../reports';

export const reportRoutes = new Hono<{ Bindings: Env }>();

const countries = new Set(iso3Codes);
const knownCodes = new WeakMap<ServedDataset, KnownCodes>();
/** Agreement ids (with their partner's alpha-3) and ISO countries, for checking a report's codes. */
function codesOf(dataset: ServedDataset): KnownCodes {
  let codes = knownCodes.get(dataset);
  if (!codes) {
    codes = { agreements: new Map(dataset.agreements.map((a) => [a.id, a.partner.iso3])), countries };
    knownCodes.set(dataset, codes);
  }
  return codes;
}

const invalidBody = (c: Context, problems: FieldProblem[]) =>
  problem(
    c, 'invalid-body',
    problems.map((p) => `${p.name} ${p.reason}.`).join(' '),
    { invalidParams: problems },
  );

/** With `include=contact`, the answer holds contact details: only for a maintainer, and never stored by a cache. */
async function contactAllowed(c: Context<{ Bindings: Env }>, values: QueryValues): Promise<Response | boolean> {
  if (single(values, 'include') !== 'contact') {
    c.header('Cache-Control', liveCacheControl);
    return false;
  }
  const sent = await credentials(c);
  if (sent !== 'maintainer') return unauthorized(c, sent);
  c.header('Cache-Control', privateCacheControl);
  return true;
}

const reportUrl = (id: string) => `${apiBase}/reports/${id}`;

reportRoutes.get(routePath(listReports), validQuery(listReports.parameters), async (c) => {
  const values = c.req.valid('query');
  const withContact = await contactAllowed(c, values);
  if (withContact instanceof Response) return withContact;
  const filters = {
    status: values.status ?? null,
    kind: values.kind ?? null,
    agreement: single(values, 'agreement')?.toLowerCase() ?? null,
    country: single(values, 'country')?.toUpperCase() ?? null,
  };
  const limit = Number(single(values, 'limit') ?? 100);
  const offset = Number(single(values, 'offset') ?? 0);
  const { reports, total } = await store.listReports(c.env.DB, filters, limit, offset, withContact);
  let next: string | null = null;
  if (offset + reports.length < total) {
    const query = new URL(c.req.url).searchParams;
    query.set('offset', String(offset + reports.length));
    next = `${apiBase}/reports?${query}`;
  }
  return jsonAnswer(c, { meta: { ...meta, count: reports.length, total, limit, offset, ...filters, next }, reports });
});

reportRoutes.get(routePath(getReport), validQuery(getReport.parameters), async (c) => {
  const withContact = await contactAllowed(c, c.req.valid('query'));
  if (withContact instanceof Response) return withContact;
  const id = c.req.param('id')!;
  const report = /^[0-9a-z]{10}$/.test(id) ? await store.findReport(c.env.DB, id, withContact) : null;
  if (!report) return problem(c, 'unknown-report', `No report has the id "${id}".`);
  return jsonAnswer(c, { meta, report });
});

reportRoutes.post(routePath(createReport), validQuery(createReport.parameters), jsonBody(reportBodyLimit), withDataset, async (c) => {
  const checked = checkReport(c.var.body, codesOf(c.var.dataset));
  if (!checked.ok) return invalidBody(c, checked.problems);

  const secret = c.env.MAINTAINER_TOKEN;
  if (!secret) throw new Error('MAINTAINER_TOKEN is not set: reports cannot be counted per client (wrangler secret put MAINTAINER_TOKEN).');
  const client = await clientKey(c.req.header('CF-Connecting-IP') ?? 'unknown', secret);
  const admission = await admit(c.env.DB, client, Date.now(), reportsPerMinute(c.env));
  if (!admission.admitted) {
    c.header('Retry-After', String(admission.retryAfter));
    return problem(c, 'too-many-requests', `Too many reports from this address; try again in ${admission.retryAfter} s.`);
  }

  const now = new Date().toISOString();
  const report = checked.report.honeypot
    ? store.unstoredView(checked.report, store.newReportId(), now)
    : await store.storeReport(c.env.DB, checked.report, now);
  c.header('Location', reportUrl(report.id));
  c.header('Cache-Control', 'no-store');
  return jsonAnswer(c, { meta, report }, 201);
});

reportRoutes.patch(routePath(reviewReport), validQuery(reviewReport.parameters), maintainerOnly, jsonBody(reportBodyLimit), async (c) => {
  const checked = checkReview(c.var.body);
  if (!checked.ok) return invalidBody(c, checked.problems);
  const id = c.req.param('id')!;
  const report = /^[0-9a-z]{10}$/.test(id)
    ? await store.reviewReport(c.env.DB, id, checked.status, checked.reply, new Date().toISOString())
    : null;
  if (!report) return problem(c, 'unknown-report', `No report has the id "${id}".`);
  c.header('Cache-Control', 'no-store');
  return jsonAnswer(c, { meta, report });
});
