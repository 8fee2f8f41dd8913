// /api/v1/agreements: the list (filtered by date and status) and one partner's agreement.

import { Hono } from 'hono';
import { validator } from 'hono/validator';
import { agreementByCode, agreements, meta, network, reconciliation } from '../dataset';
import { problem } from '../problem';
import { parseAgreementQuery } from '../query';

export const agreementRoutes = new Hono<{ Bindings: Env }>();

agreementRoutes.get(
  '/agreements',
  validator('query', (query, c) => {
    const parsed = parseAgreementQuery(query);
    return parsed.ok ? parsed.value : problem(c, 400, 'invalid-parameter', parsed.detail);
  }),
  (c) => {
    const { asOf, status } = c.req.valid('query');
    const onDate = asOf ? network.agreementsOn(asOf) : agreements;
    const rows = onDate.filter((a) => status.has(a.status));
    return c.json({
      meta: { ...meta, count: rows.length, asOf, status: [...status], reconciliation },
      agreements: rows,
    });
  },
);

agreementRoutes.get('/agreements/:code', (c) => {
  const code = c.req.param('code');
  const agreement = agreementByCode(code);
  if (!agreement) {
    return problem(
      c, 404, 'unknown-partner',
      `No agreement is recorded for "${code}". Use an agreement id (e.g. ukr, eu, su-1990) or a partner's ISO 3166-1 alpha-2, alpha-3 or numeric code (UA, UKR, 804).`,
    );
  }
  return c.json({ meta, agreement });
});
