// Loading what the page shows: the dataset from the API and the geometry built with the page.

import type { Agreement, CbpCount, DatasetMeta, EuMember, Mra, Unconfirmed } from '../../data/types';
import type { AtlasData } from './atlas';

export class LoadError extends Error {}

async function fetchJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new LoadError(`The atlas could not reach ${url}.`);
  }
  if (!response.ok) throw new LoadError(`${url} answered ${response.status}.`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new LoadError(`${url} did not answer JSON.`);
  }
}

/** Every agreement of every date, so that the page can show any date without asking again. */
export const agreementsUrl = '/api/v1/agreements?status=all';

export async function loadAtlasData(): Promise<AtlasData> {
  const [list, members, mras, counts] = await Promise.all([
    fetchJson<{ meta: DatasetMeta; agreements: Agreement[] }>(agreementsUrl),
    fetchJson<{ euMembers: EuMember[] }>('/api/v1/eu-members'),
    fetchJson<{ mras: Mra[] }>('/api/v1/mras'),
    fetchJson<{ cbpCounts: CbpCount[]; unconfirmed: Unconfirmed[] }>('/api/v1/cbp-counts'),
  ]);
  const arrays = [list.agreements, members.euMembers, mras.mras, counts.cbpCounts, counts.unconfirmed];
  if (!list.meta || !arrays.every(Array.isArray)) throw new LoadError('The API answered in an unexpected shape.');
  return { meta: list.meta, agreements: list.agreements, euMembers: members.euMembers, mras: mras.mras, cbpCounts: counts.cbpCounts, unconfirmed: counts.unconfirmed };
}

export function loadGeometry<T>(url: string): Promise<T> {
  return fetchJson<T>(url);
}
