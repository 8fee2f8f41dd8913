// RFC 9457 problem details: the one shape of every API error, and the kinds of problem the API reports.

import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import meta from '../data/meta.json';
import { jsonAnswer } from './json';

/** Every kind of problem, its status and what it means: the docs page and the OpenAPI document list these. */
export const problemKinds = {
  'invalid-parameter': {
    status: 400,
    title: 'Invalid query parameter',
    description:
      'A query parameter is not one this route accepts, is repeated where it may be given once, or has a value that is not accepted. `invalidParams` says which and why; `acceptedParams` lists the parameters the route accepts.',
  },
  'unknown-partner': {
    status: 404,
    title: 'No agreement for this code',
    description: 'No agreement id or ISO 3166-1 code (alpha-2, alpha-3 or numeric) of a partner matches the code in the path.',
  },
  'unknown-page': {
    status: 404,
    title: 'Not a page of the atlas',
    description: 'The `url` given to oEmbed is not the address of a page of this atlas: it is another site\'s, or its path is not `/`, `/country/{iso3}` of a country the atlas has or `/embed`.',
  },
  'not-found': {
    status: 404,
    title: 'No such API route',
    description: 'Nothing is served at this path under /api/. The routes are listed on this page and in the OpenAPI document.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    description: 'Every API route is read-only: GET, HEAD and OPTIONS. The `Allow` header says so.',
  },
  'not-implemented': {
    status: 501,
    title: 'Format not implemented',
    description: 'oEmbed answers in JSON only; `format=xml` is not implemented.',
  },
  internal: {
    status: 500,
    title: 'Internal error',
    description: 'The server failed to answer; the failure has been logged. Bad input never causes this.',
  },
  unavailable: {
    status: 503,
    title: 'Data unavailable',
    description:
      'The dataset could not be loaded, which a broken deploy would cause; the failure has been logged, and the next request tries again. Routes that do not read the data (the docs page, the OpenAPI document, the JSON Schema) still answer.',
  },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string; description: string }>;

export type ProblemKind = keyof typeof problemKinds;

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The dataset version that answered, as in every JSON response. */
  meta: typeof meta;
  [extension: string]: unknown;
}

/** A relative reference to the kind's explanation on the docs page. */
export const problemType = (kind: ProblemKind) => `/api/#problem-${kind}`;

/** A problem+json response of one kind; `extensions` add members such as `invalidParams`. */
export function problem(c: Context, kind: ProblemKind, detail: string, extensions: Record<string, unknown> = {}): Response {
  const { status, title } = problemKinds[kind];
  const body: ProblemDetails = { type: problemType(kind), title, status, detail, meta, ...extensions };
  c.header('Cache-Control', 'no-store');
  return jsonAnswer(c, body, status, 'application/problem+json; charset=utf-8');
}

/** The one error handler: whatever failed is logged and answered as a problem, never as a stack trace. */
export function answerError(error: Error, c: Context): Response {
  console.error(error);
  return problem(c, 'internal', 'The server failed to answer this request; it has been logged.');
}
