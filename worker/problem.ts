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
      'A query parameter is not one this route accepts, is repeated where it may be given once, or has a value that is not accepted, or a release version in the path is malformed. `invalidParams` says which and why; `acceptedParams` lists the query parameters the route accepts.',
  },
  'invalid-body': {
    status: 400,
    title: 'Invalid request body',
    description:
      'The body is not UTF-8 JSON, or not what the route accepts: a field it does not know, a value out of bounds, a source that is not an http(s) URL. `invalidParams` names each field at fault (`contact.email`) and why.',
  },
  unauthorized: {
    status: 401,
    title: 'Maintainer token required',
    description:
      'This needs `Authorization: Bearer <MAINTAINER_TOKEN>`, and it was missing or wrong; nothing was changed. `WWW-Authenticate: Bearer` says so.',
  },
  'unknown-partner': {
    status: 404,
    title: 'No agreement for this code',
    description: 'No agreement id or ISO 3166-1 code (alpha-2, alpha-3 or numeric) of a partner matches the code given (in the path, or as `country`), in the data asked for.',
  },
  'unknown-release': {
    status: 404,
    title: 'No such release',
    description: 'No release has this version. `knownVersions` lists the releases, newest first; `/api/v1/releases` describes them.',
  },
  'unknown-file': {
    status: 404,
    title: 'No such file in the release',
    description: "The release has no file of this name. `knownFiles` lists its files, as its manifest does.",
  },
  'unknown-report': {
    status: 404,
    title: 'No such report',
    description: 'No report has the id in the path.',
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
    description:
      'The route does not answer this method; the `Allow` header lists those it does. Every route answers GET, HEAD and OPTIONS, except that /reports takes POST and /reports/{id} PATCH as well.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Request body too large',
    description: 'The body is larger than the 16 KB a report may be.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    description: 'The body must be sent as `Content-Type: application/json` (UTF-8).',
  },
  'too-many-requests': {
    status: 429,
    title: 'Too many reports',
    description: 'More than 5 reports a minute came from this address. `Retry-After` says in how many seconds the next one is accepted.',
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
      'What the route reads could not be reached: the dataset, the reports database, or the docs page or OpenAPI document as the build wrote them (a broken deploy, a database outage); nothing was stored, the failure has been logged, and `Retry-After` says when to try again. Routes that read none of it (the JSON Schema, the docs page without the dataset) still answer.',
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

/** Seconds after which a 503 is worth trying again. */
export const unavailableRetryAfter = 30;

/** A problem+json response of one kind; `extensions` add members such as `invalidParams`. */
export function problem(c: Context, kind: ProblemKind, detail: string, extensions: Record<string, unknown> = {}): Response {
  const { status, title } = problemKinds[kind];
  const body: ProblemDetails = { type: problemType(kind), title, status, detail, meta, ...extensions };
  c.header('Cache-Control', 'no-store');
  if (kind === 'unavailable') c.header('Retry-After', String(unavailableRetryAfter));
  return jsonAnswer(c, body, status, 'application/problem+json; charset=utf-8');
}

/** A failure of the reports database: answered as a 503, for the request may well succeed a little later. */
export class DatabaseUnavailable extends Error {}

/** The one error handler: whatever failed is logged and answered as a problem, never as a stack trace. */
export function answerError(error: Error, c: Context): Response {
  console.error(error);
  if (error instanceof DatabaseUnavailable) {
    return problem(c, 'unavailable', 'The reports database could not be reached; nothing was stored. Try again shortly.');
  }
  return problem(c, 'internal', 'The server failed to answer this request; it has been logged.');
}
