// The API described for programs: the OpenAPI document and the JSON Schema of an agreement, served as the
// very object that checks the dataset (data/schema.ts).

import { Hono } from 'hono';
import { agreementSchema } from '../../data/schema';
import { validQuery } from '../http';
import { openApiDocument } from '../openapi';
import { getAgreementSchema, getOpenApi, routePath } from '../operations';

export const descriptionRoutes = new Hono<{ Bindings: Env }>();

descriptionRoutes.get(routePath(getOpenApi), validQuery(getOpenApi.parameters), (c) =>
  c.json(openApiDocument, 200, { 'Content-Type': getOpenApi.answer.mediaType }),
);

descriptionRoutes.get(routePath(getAgreementSchema), validQuery(getAgreementSchema.parameters), (c) =>
  c.json(agreementSchema, 200, { 'Content-Type': getAgreementSchema.answer.mediaType }),
);
