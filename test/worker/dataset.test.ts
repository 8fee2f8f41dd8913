// The Worker reads the dataset from the static assets, not from its code: the file the build writes, read
// once per isolate through the ASSETS binding.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import agreementsText from '../../data/agreements.json?raw';
import cbpCountsText from '../../data/cbp-counts.json?raw';
import changelogText from '../../data/changelog.json?raw';
import { datasetFile } from '../../data/dataset-file';
import { htmlSafeJson } from '../../data/json';
import euMembersText from '../../data/eu-members.json?raw';
import metaText from '../../data/meta.json?raw';
import mrasText from '../../data/mras.json?raw';
import unconfirmedText from '../../data/unconfirmed.json?raw';
import { datasetLoader } from '../../worker/dataset';

const origin = 'https://atlas.example';
const dataRoutes = [
  '/api/v1/agreements', '/api/v1/agreements.csv', '/api/v1/agreements/ua', '/api/v1/eu-members', '/api/v1/mras',
  '/api/v1/mras.csv', '/api/v1/cbp-counts', '/api/v1/changes.json',
];

// Each test file gets its own instance of the Worker's modules, so these are the first requests this one
// answers: every one of them waits for the same first read of the file.
describe('concurrent first requests', () => {
  it('all succeed, and answer what the same requests answer one at a time', async () => {
    const targets = [...dataRoutes, ...dataRoutes];
    const answers = await Promise.all(targets.map((path) => exports.default.fetch(new Request(origin + path))));
    expect(answers.map((a) => a.status)).toEqual(targets.map(() => 200));
    const bodies = await Promise.all(answers.map((a) => a.text()));
    for (const [i, path] of dataRoutes.entries()) {
      const again = await (await exports.default.fetch(new Request(origin + path))).text();
      expect(bodies[i], path).toBe(again);
      expect(bodies[i + dataRoutes.length], path).toBe(again);
    }
  });
});

describe(`the dataset file, ${datasetFile}`, () => {
  it("is data/'s files as one, in their order, written HTML-safe, among the static assets", async () => {
    const response = await env.ASSETS.fetch(new Request(`https://assets.local${datasetFile}`));
    expect(response.status).toBe(200);
    const tables = { meta: metaText, agreements: agreementsText, euMembers: euMembersText, mras: mrasText, cbpCounts: cbpCountsText, unconfirmed: unconfirmedText, changelog: changelogText };
    const expected = Object.fromEntries(Object.entries(tables).map(([name, text]) => [name, JSON.parse(text)]));
    const text = await response.text();
    expect(text).toBe(htmlSafeJson(expected));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(expected);
  });

  it('is public: JSON any origin may read, cached like the API and not as immutable, since its name has no hash', async () => {
    const response = await exports.default.fetch(new Request(origin + datasetFile));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});

/**
 * The real binding, counted; or, to simulate a broken deploy that the test pool cannot build for real (its
 * assets are the ones built), a stand-in answering `broken` for the first `failures` reads.
 */
function assetsReading(broken?: () => Response, failures = Infinity) {
  const assets = {
    reads: 0,
    fetch(request: Request) {
      assets.reads += 1;
      return broken && assets.reads <= failures ? broken() : env.ASSETS.fetch(request);
    },
  };
  return assets;
}
const asFetcher = (assets: ReturnType<typeof assetsReading>) => assets as unknown as Fetcher;

describe('the loader', () => {
  it('reads the file once for concurrent first calls, kept alive by the first, and reuses it afterwards', async () => {
    const load = datasetLoader();
    const assets = assetsReading();
    const ctx = { waitUntil: vi.fn() };
    const loaded = await Promise.all(Array.from({ length: 20 }, () => load(asFetcher(assets), ctx)));
    expect(assets.reads).toBe(1);
    expect(ctx.waitUntil).toHaveBeenCalledOnce();
    expect(new Set(loaded).size).toBe(1);
    expect(loaded[0].agreementByCode('UA')?.id).toBe('ukr');
    expect(await load(asFetcher(assets), ctx)).toBe(loaded[0]);
    expect(assets.reads).toBe(1);
  });

  it('forgets a failed read, so that the next call reads the file again', async () => {
    const load = datasetLoader();
    const assets = assetsReading(() => new Response('not found', { status: 404 }), 1);
    const ctx = { waitUntil: vi.fn() };
    await expect(load(asFetcher(assets), ctx)).rejects.toThrow(`The dataset file ${datasetFile} answered 404.`);
    expect((await load(asFetcher(assets), ctx)).agreements.length).toBeGreaterThan(60);
    expect(assets.reads).toBe(2);
  });

  it('refuses a file that is not JSON', async () => {
    const assets = assetsReading(() => new Response('<!doctype html><title>Not the data</title>'));
    await expect(datasetLoader()(asFetcher(assets), { waitUntil: () => {} })).rejects.toThrow(SyntaxError);
  });

  it("refuses data of another version than the code's, whose ETags and meta would then be wrong", async () => {
    const other = { ...JSON.parse(metaText), version: '1999.01.01' };
    const assets = assetsReading(() => Response.json({ meta: other, agreements: JSON.parse(agreementsText) }));
    await expect(datasetLoader()(asFetcher(assets), { waitUntil: () => {} })).rejects.toThrow(/version 1999\.01\.01/);
  });
});
