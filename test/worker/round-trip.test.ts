// The API serves the dataset exactly as data/ holds it: every record, every field, in the files' order.
// The files are read as text and parsed here, so the comparison does not share objects with the Worker
// (a Worker that changed the imported records in place would otherwise change the expectation too).
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import agreementsText from '../../data/agreements.json?raw';
import cbpCountsText from '../../data/cbp-counts.json?raw';
import euMembersText from '../../data/eu-members.json?raw';
import metaText from '../../data/meta.json?raw';
import mrasText from '../../data/mras.json?raw';
import unconfirmedText from '../../data/unconfirmed.json?raw';

const get = async (path: string) => {
  const response = await exports.default.fetch(new Request(`https://atlas.example${path}`));
  expect(response.status, path).toBe(200);
  return (await response.json()) as Record<string, unknown>;
};

const agreements = JSON.parse(agreementsText) as { id: string }[];

/** The same values, and the same members in the same order as the file writes them. */
function expectSame(served: unknown, source: unknown, what: string) {
  expect(served, what).toStrictEqual(source);
  expect(JSON.stringify(served), what).toBe(JSON.stringify(source));
}

describe('the served JSON is the source data', () => {
  it('GET /api/v1/agreements?status=all: every agreement of data/agreements.json, in its order', async () => {
    expectSame((await get('/api/v1/agreements?status=all')).agreements, agreements, 'agreements');
  });

  it('GET /api/v1/mras: data/mras.json, in its order', async () => {
    expectSame((await get('/api/v1/mras')).mras, JSON.parse(mrasText), 'mras');
  });

  it('GET /api/v1/eu-members: data/eu-members.json, in its order', async () => {
    expectSame((await get('/api/v1/eu-members')).euMembers, JSON.parse(euMembersText), 'euMembers');
  });

  it('GET /api/v1/cbp-counts: data/cbp-counts.json and data/unconfirmed.json, in their order', async () => {
    const body = await get('/api/v1/cbp-counts');
    expectSame(body.cbpCounts, JSON.parse(cbpCountsText), 'cbpCounts');
    expectSame(body.unconfirmed, JSON.parse(unconfirmedText), 'unconfirmed');
  });

  it('every answer carries data/meta.json in its meta', async () => {
    expect((await get('/api/v1/eu-members')).meta).toMatchObject(JSON.parse(metaText));
  });

  it(`GET /api/v1/agreements/{id}: each of the ${agreements.length} records, by its id`, async () => {
    expect(agreements.length).toBeGreaterThan(60);
    for (const record of agreements) expectSame((await get(`/api/v1/agreements/${record.id}`)).agreement, record, record.id);
  });
});
