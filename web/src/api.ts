// Loading what the page shows: the dataset from the API and the geometry built with the page. Every
// answer is checked (normalise.ts); a failure is a LoadError naming the message that says why.

import { today } from '../../data/dates';
import type { Params } from '../../data/i18n';
import { agreementAddress, agreementsAddress } from '../../data/links';
import type { Agreement, CbpCount, Mra, Unconfirmed } from '../../data/types';
import type { MessageKey } from './i18n';
import type { AtlasData } from './atlas';
import {
  date, isObject, list, normaliseAgreement, normaliseCbpCount, normaliseEuMember, normaliseMra, normaliseUnconfirmed, text,
} from './normalise';

export class LoadError extends Error {
  constructor(readonly key: MessageKey, readonly params: Params = {}) {
    super(key);
  }
}

/** How long the page waits for an answer before it says so and offers to try again. */
export const timeoutMs = 10_000;

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw (error as Error).name === 'TimeoutError'
      ? new LoadError('loadTimeout', { count: timeoutMs / 1000 })
      : new LoadError('loadUnreachable');
  }
  if (!response.ok) throw new LoadError('loadStatus', { status: String(response.status) });
  try {
    return await response.json();
  } catch {
    throw new LoadError('loadNotJson');
  }
}

/** The agreements and the EU membership. */
export async function loadAtlasData(complete: boolean): Promise<AtlasData> {
  const [agreements, members] = await Promise.all([fetchJson(agreementsAddress(complete)), fetchJson('/api/v1/eu-members')]);
  if (!isObject(agreements) || !Array.isArray(agreements.agreements) || !isObject(members) || !Array.isArray(members.euMembers)) {
    throw new LoadError('loadUnexpected');
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
  };
}

/** One agreement's full record, for the details of today's view. */
export async function loadAgreement(id: string): Promise<Agreement> {
  const body = await fetchJson(agreementAddress(id));
  const agreement = isObject(body) ? normaliseAgreement(body.agreement) : null;
  if (!agreement) throw new LoadError('loadUnexpected');
  return agreement;
}

// The MRAs (for the details) and CBP's counts (for the section below the map) are loaded when first
// needed, and the page goes on without them if they fail.

/** The MRAs of one partner (by its code): the list's search finds a partner by its code. */
export async function loadMras(code: string): Promise<Mra[]> {
  const body = await fetchJson(`/api/v1/mras?q=${encodeURIComponent(code)}`).catch(() => null);
  return isObject(body) ? list(body.mras, normaliseMra) : [];
}

export async function loadCbpCounts(): Promise<{ cbpCounts: CbpCount[]; unconfirmed: Unconfirmed[] } | null> {
  const body = await fetchJson('/api/v1/cbp-counts').catch(() => null);
  if (!isObject(body)) return null;
  return { cbpCounts: list(body.cbpCounts, normaliseCbpCount), unconfirmed: list(body.unconfirmed, normaliseUnconfirmed) };
}

export async function loadGeometry(url: string): Promise<unknown> {
  return fetchJson(url);
}

/** A record's history through the releases (record-release.ts reads it), loaded when its details are shown. */
export function loadRecordHistory(id: string): Promise<unknown> {
  return fetchJson(`/api/v1/agreements/${encodeURIComponent(id)}/history`);
}
