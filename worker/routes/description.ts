// The API described for programs: the OpenAPI document and the JSON Schema of an agreement, served as the
// very object that checks the dataset (data/schema.ts).

import { Hono } from 'hono';
import { agreementSchema } from '../../data/schema';
import { validQuery } from '../http';
import { jsonAnswer } from '../json';
import { openApiDocument } from '../openapi';
import { getAgreementSchema, getOpenApi, routePath } from '../operations';

export const descriptionRoutes = new Hono<{ Bindings: Env }>();

descriptionRoutes.get(routePath(getOpenApi), validQuery(getOpenApi.parameters), (c) =>
  jsonAnswer(c, openApiDocument, 200, getOpenApi.answer.mediaType),
);

descriptionRoutes.get(routePath(getAgreementSchema), validQuery(getAgreementSchema.parameters), (c) =>
  jsonAnswer(c, agreementSchema, 200, getAgreementSchema.answer.mediaType),
);
