// At most REPORTS_PER_MINUTE reports (5 unless the variable says otherwise) from one client in any 60 seconds,
// counted in D1 so that every isolate and location sees the same count. The client is its address
// (CF-Connecting-IP) as an HMAC under the maintainer token: the address itself is never stored, and without
// the secret the stored value cannot be traced back to it by trying every address. Rows leave the table as
// soon as they leave the window.

import { DatabaseUnavailable } from './problem';

export const windowMs = 60_000;
const defaultLimit = 5;

/** The limit a deployment sets; anything but a positive whole number means the default. */
export function reportsPerMinute(env: Pick<Env, 'REPORTS_PER_MINUTE'>): number {
  const limit = Number(env.REPORTS_PER_MINUTE);
  return Number.isSafeInteger(limit) && limit > 0 ? limit : defaultLimit;
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The key the client's reports are counted under. */
export async function clientKey(address: string, secret: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`report-rate-limit\n${address}`)));
}

export type Admission = { admitted: true } | { admitted: false; retryAfter: number };

/**
 * Counts one report for `client` if it has sent fewer than `limit` in the window, in one transaction (so that
 * concurrent reports cannot all slip under the limit); otherwise says when its oldest report leaves the window.
 */
export async function admit(db: D1Database, client: string, now: number, limit: number): Promise<Admission> {
  let results: D1Result[];
  try {
    results = await db.batch([
      db.prepare('DELETE FROM report_attempts WHERE at <= ?1').bind(now - windowMs),
      db.prepare(
        'INSERT INTO report_attempts (client, at) SELECT ?1, ?2 WHERE (SELECT count(*) FROM report_attempts WHERE client = ?1) < ?3',
      ).bind(client, now, limit),
      db.prepare('SELECT min(at) AS oldest FROM report_attempts WHERE client = ?1').bind(client),
    ]);
  } catch (error) {
    throw new DatabaseUnavailable('The rate limit could not be read', { cause: error });
  }
  if (results[1].meta.changes === 1) return { admitted: true };
  const oldest = (results[2].results[0] as { oldest: number }).oldest;
  return { admitted: false, retryAfter: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
}
