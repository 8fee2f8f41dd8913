// The API described for programs: the OpenAPI document (as the build wrote it, description.ts) and the JSON
// Schema of an agreement, served as the very object that checks the dataset (data/schema.ts).

import { Hono } from 'hono';
import { agreementSchema } from '../../data/schema';
import { loadOpenApi } from '../description';
import { validQuery } from '../http';
import { jsonAnswer } from '../json';
import { getAgreementSchema, getOpenApi, routePath } from '../operations';
import { problem } from '../problem';

export const descriptionRoutes = new Hono<{ Bindings: Env }>();

descriptionRoutes.get(routePath(getOpenApi), validQuery(getOpenApi.parameters), async (c) => {
  const document = await loadOpenApi(c.env.ASSETS, c.executionCtx).catch((error: unknown) => {
    console.error(error);
    return null;
  });
  if (document === null) return problem(c, 'unavailable', 'The OpenAPI document could not be read; try again later.');
  return c.body(document, 200, { 'Content-Type': getOpenApi.answer.mediaType });
});

descriptionRoutes.get(routePath(getAgreementSchema), validQuery(getAgreementSchema.parameters), (c) =>
  jsonAnswer(c, agreementSchema, 200, getAgreementSchema.answer.mediaType),
);
