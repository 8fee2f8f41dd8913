// RFC 9457 problem details: the one shape of every API error.

import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

/** A problem+json response; `type` names the kind of problem under the API's own docs. */
export function problem(
  c: Context, status: ContentfulStatusCode, kind: string, detail: string, extensions: Record<string, unknown> = {},
): Response {
  const body: ProblemDetails = {
    type: `/api/#problem-${kind}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    ...extensions,
  };
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json; charset=UTF-8' });
}
