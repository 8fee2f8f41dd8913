// Every JSON answer of the API, problems included, goes through here, so that none holds a raw `<`, `>`,
// `&`, U+2028 or U+2029 (data/json.ts says why).

import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { htmlSafeJson } from '../data/json';

/** A JSON answer, `application/json` unless `contentType` names another JSON type. */
export function jsonAnswer(c: Context, value: unknown, status: ContentfulStatusCode = 200, contentType = 'application/json'): Response {
  return c.body(htmlSafeJson(value), status, { 'Content-Type': contentType });
}
