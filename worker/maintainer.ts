// Who is a maintainer: whoever sends `Authorization: Bearer <MAINTAINER_TOKEN>`, the Worker secret, compared in
// constant time. Everyone else gets a 401 with `WWW-Authenticate: Bearer` (RFC 6750) and nothing changes.

import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { timingSafeEqual } from 'hono/utils/buffer';
import { problem } from './problem';

type Credentials = 'maintainer' | 'none' | 'wrong';

/** What the request's Authorization header proves. */
export async function credentials(c: Context<{ Bindings: Env }>): Promise<Credentials> {
  const header = c.req.header('Authorization');
  if (!header?.trim()) return 'none';
  const token = c.env.MAINTAINER_TOKEN;
  if (!token) {
    console.error('MAINTAINER_TOKEN is not set: no one can act as a maintainer (wrangler secret put MAINTAINER_TOKEN).');
    return 'wrong';
  }
  const given = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header)?.[1];
  // Both are hashed before they are compared, so neither their length nor their first difference shows in the time taken.
  return given !== undefined && (await timingSafeEqual(given, token)) ? 'maintainer' : 'wrong';
}

/** The 401 that names the scheme, and says whether a token was sent and refused. */
export function unauthorized(c: Context, sent: Credentials): Response {
  c.header('WWW-Authenticate', sent === 'wrong' ? 'Bearer realm="maintainers", error="invalid_token"' : 'Bearer realm="maintainers"');
  return problem(
    c, 'unauthorized',
    sent === 'wrong'
      ? 'The maintainer token is not the right one, or not sent as "Authorization: Bearer <token>".'
      : 'This needs the maintainer token: Authorization: Bearer <MAINTAINER_TOKEN>.',
  );
}

/** Lets only a maintainer through. */
export const maintainerOnly = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const sent = await credentials(c);
  if (sent !== 'maintainer') return unauthorized(c, sent);
  await next();
});
