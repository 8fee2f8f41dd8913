// Loading what the page shows: the dataset from the API and the geometry built with the page. Every
// answer is checked (normalise.ts); a failure is a LoadError with a message fit to show.

import { today } from '../../data/dates';
import type { AtlasData } from './atlas';
import {
  date, isObject, list, normaliseAgreement, normaliseCbpCount, normaliseEuMember, normaliseMra, normaliseUnconfirmed, text,
} from './normalise';

export class LoadError extends Error {}

/** How long the page waits for an answer before it says so and offers to try again. */
export const timeoutMs = 10_000;

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new LoadError((error as Error).name === 'TimeoutError'
      ? `The server did not answer within ${timeoutMs / 1000} seconds.`
      : 'The server could not be reached.');
  }
  if (!response.ok) throw new LoadError(`The server answered with an error (${response.status}).`);
  try {
    return await response.json();
  } catch {
    throw new LoadError('The server answered with something that is not JSON.');
  }
}

/** Every agreement of every date, so that the page can show any date without asking again. */
export const agreementsUrl = '/api/v1/agreements?status=all';

/**
 * The agreements and EU membership are needed to draw anything; the MRAs and CBP's counts only add to
 * the details and the reconciliation, so the page goes on without them if they fail.
 */
export async function loadAtlasData(): Promise<AtlasData> {
  const optional = (url: string) => fetchJson(url).catch(() => null);
  const [agreements, members, mras, counts] = await Promise.all([
    fetchJson(agreementsUrl), fetchJson('/api/v1/eu-members'), optional('/api/v1/mras'), optional('/api/v1/cbp-counts'),
  ]);
  if (!isObject(agreements) || !Array.isArray(agreements.agreements) || !isObject(members) || !Array.isArray(members.euMembers)) {
    throw new LoadError('The server answered in an unexpected shape.');
  }
  const meta = isObject(agreements.meta) ? agreements.meta : {};
  return {
    meta: {
      version: text(meta.version) ?? 'not known',
      updated: date(meta.updated) ?? today(),
      checked: date(meta.checked) ?? today(),
    },
    agreements: list(agreements.agreements, normaliseAgreement),
    euMembers: list(members.euMembers, normaliseEuMember),
    mras: isObject(mras) ? list(mras.mras, normaliseMra) : [],
    cbpCounts: isObject(counts) ? list(counts.cbpCounts, normaliseCbpCount) : [],
    unconfirmed: isObject(counts) ? list(counts.unconfirmed, normaliseUnconfirmed) : [],
  };
}

export async function loadGeometry(url: string): Promise<unknown> {
  return fetchJson(url);
}
