// The dataset's other tables, and the reconciliation carried in the list's meta.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const get = (path: string) => exports.default.fetch(new Request(`https://atlas.example${path}`));

describe('reference routes', () => {
  it('serves the EU members with their dates', async () => {
    const response = await get('/api/v1/eu-members');
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = (await response.json()) as { meta: { count: number }; euMembers: { iso3: string; joined: string; coveredUntil: string | null }[] };
    expect(body.meta.count).toBe(body.euMembers.length);
    expect(body.euMembers.find((m) => m.iso3 === 'GBR')?.coveredUntil).toBe('2020-12-31');
  });

  it('serves the MRAs, each with sources', async () => {
    const body = (await (await get('/api/v1/mras')).json()) as { mras: { id: string; sources: unknown[] }[] };
    expect(body.mras.length).toBeGreaterThan(10);
    expect(body.mras.every((m) => m.sources.length > 0)).toBe(true);
  });

  it('filters the MRAs by partner and keeps the chosen fields', async () => {
    const body = (await (await get('/api/v1/mras?q=korea&fields=programs')).json()) as {
      meta: { count: number; q: string; fields: string[] };
      mras: Record<string, unknown>[];
    };
    expect(body.meta).toMatchObject({ count: 1, q: 'korea', fields: ['id', 'programs'] });
    expect(body.mras).toEqual([{ id: 'kor', programs: expect.objectContaining({ us: 'C-TPAT' }) }]);
  });

  it('refuses a filter the MRAs do not have, naming those they do', async () => {
    const response = await get('/api/v1/mras?status=all');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toBe('Unknown parameter "status". Accepted: q, fields.');
  });

  it('serves CBP\'s counts and the reconciliation', async () => {
    const body = (await (await get('/api/v1/cbp-counts')).json()) as {
      meta: { reconciliation: { cbpCount: { count: number }; identified: number; unidentified: number } };
      cbpCounts: { count: number; agreements: string[] }[];
    };
    expect(body.cbpCounts.some((c) => c.count === 77 && c.agreements.includes('ukr'))).toBe(true);
    const { reconciliation } = body.meta;
    expect(reconciliation.cbpCount.count).toBeGreaterThanOrEqual(82);
    expect(reconciliation.identified).toBeGreaterThan(60);
  });

  it('puts CBP\'s latest count and the number identified in the list\'s meta', async () => {
    const body = (await (await get('/api/v1/agreements')).json()) as {
      meta: { reconciliation: { cbpCount: { count: number; date: string; source: string }; identified: number } };
    };
    expect(body.meta.reconciliation.cbpCount).toMatchObject({ count: expect.any(Number), source: expect.stringMatching(/^https?:/) });
    expect(body.meta.reconciliation.identified).toBeGreaterThan(60);
  });
});
