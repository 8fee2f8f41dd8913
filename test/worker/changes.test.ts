// The change feed, as a feed reader sees it.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import type { ChangeEntry } from '../../data/types';
import type { ServedDataset } from '../../worker/dataset';
import { changeFeed } from '../../worker/feed';

const get = (path: string) => exports.default.fetch(new Request(`https://atlas.example${path}`));

interface Feed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: {
    id: string;
    title: string;
    content_text: string;
    date_published: string;
    tags: string[];
    _change: { change: string; version: string; agreements: string[]; mras: string[]; fields: string[]; reports: string[] };
  }[];
  _meta: { about: string; version: string; updated: string; checked: string };
}

describe('GET /api/v1/changes.json', () => {
  it('is a JSON Feed 1.1 with absolute URLs on the host it was asked from', async () => {
    const response = await get('/api/v1/changes.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/feed+json');
    const feed = (await response.json()) as Feed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    expect(feed.home_page_url).toBe('https://atlas.example/');
    expect(feed.feed_url).toBe('https://atlas.example/api/v1/changes.json');
    expect(feed._meta.about).toBe('https://atlas.example/api/#listChanges');
  });

  it('carries the dataset version as meta does elsewhere, and the newest entry is that version', async () => {
    const feed = (await (await get('/api/v1/changes.json')).json()) as Feed;
    const { meta } = (await (await get('/api/v1/agreements/ukr')).json()) as { meta: { version: string; updated: string; checked: string } };
    expect(feed._meta).toMatchObject({ version: meta.version, updated: meta.updated, checked: meta.checked });
    expect(feed.items[0]._change.version).toBe(meta.version);
    expect(feed.items.map((i) => i.date_published)).toEqual([...feed.items.map((i) => i.date_published)].sort().reverse());
  });

  it('opens with the first publication on 2026-11-27, and its additions name every agreement and MRA', async () => {
    const feed = (await (await get('/api/v1/changes.json')).json()) as Feed;
    const first = feed.items.at(-1)!;
    expect(first).toMatchObject({ id: '2026-11-27-first-publication', date_published: '2026-11-27T00:00:00Z', tags: ['added'] });
    expect(first.content_text).toContain('ukr (Ukraine)');
    const all = (await (await get('/api/v1/agreements?status=all')).json()) as { agreements: { id: string }[] };
    const mras = (await (await get('/api/v1/mras')).json()) as { mras: { id: string }[] };
    const added = feed.items.filter((i) => i._change.change === 'added');
    expect([...new Set(added.flatMap((i) => i._change.agreements))].sort()).toEqual(all.agreements.map((a) => a.id).sort());
    expect([...new Set(added.flatMap((i) => i._change.mras))].sort()).toEqual(mras.mras.map((m) => m.id).sort());
  });
});

describe('an entry that applies readers\' reports', () => {
  it('links each report from the feed item, as data and in its text', () => {
    const correction: ChangeEntry = {
      id: '2026-12-01-ukraine-place', date: '2026-12-01', version: '2026.12.01', change: 'corrected',
      title: 'Ukraine: place of signature', summary: 'Corrected from a reader\'s report.',
      agreements: ['ukr'], mras: [], fields: ['signedPlace'], reports: ['7k2m9q4xpr', 'a1b2c3d4e5'],
    };
    const served = { ...dataset, changelog: [...dataset.changelog, correction] } as unknown as ServedDataset;
    const [item, ...older] = changeFeed(served, new URL('https://atlas.example/api/v1/changes.json')).items;
    expect(item._change.reports).toEqual(['7k2m9q4xpr', 'a1b2c3d4e5']);
    expect(item.content_text).toContain(
      "Readers' reports applied: https://atlas.example/api/v1/reports/7k2m9q4xpr https://atlas.example/api/v1/reports/a1b2c3d4e5",
    );
    expect(older.every((i) => i._change.reports.length === 0 && !i.content_text.includes('/reports/'))).toBe(true);
  });
});
