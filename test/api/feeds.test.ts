// The change feed as Atom 1.0, read by a real XML parser (fast-xml-parser): well-formed, in the Atom
// namespace, with the elements RFC 4287 requires, and the same entries, word for word, as the JSON Feed.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import { xmlText } from '../../worker/atom';
import { builtAssets, executionContext } from './stand-ins';

const env = { CF_VERSION_METADATA: { id: 'test-version', tag: '', timestamp: '2026-11-27T00:00:00Z' }, ASSETS: builtAssets } as unknown as Env;
const request = (target: string) => app.request(`https://atlas.example${target}`, {}, env, executionContext);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name), parseTagValue: false });

interface Link { '@rel': string; '@type': string; '@href': string }
interface AtomFeed {
  '@xmlns': string; id: string; title: string; updated: string; link: Link[]; author: { name: string };
  entry?: { id: string; title: string; updated: string; link: Link[]; category: { '@term': string }[]; content: { '#text': string; '@type': string } }[];
}
interface JsonFeed { items: { id: string; url: string; title: string; content_text: string; date_published: string; tags: string[] }[] }

describe.each(['', '?country=UKR', '?country=nz', '?country=su-1990'])('GET /api/v1/changes.atom%s', (query) => {
  it('is well-formed Atom 1.0 with the JSON Feed\'s entries, word for word', async () => {
    const response = await request(`/api/v1/changes.atom${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml) as { feed: AtomFeed };
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`https://atlas.example/api/v1/changes.atom${query}`);
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(feed.author.name).toBe('CMAA Atlas');
    expect(feed.link.find((l) => l['@rel'] === 'self')).toMatchObject({ '@type': 'application/atom+xml', '@href': feed.id });
    expect(feed.link.find((l) => l['@type'] === 'application/feed+json')?.['@href']).toBe(`https://atlas.example/api/v1/changes.json${query}`);

    const json = (await (await request(`/api/v1/changes.json${query}`)).json()) as JsonFeed;
    expect(json.items.length).toBeGreaterThan(0);
    expect(feed.entry?.map((e) => ({
      id: e.id.split('#')[1],
      url: e.link.find((l) => l['@rel'] === 'alternate')?.['@href'],
      title: e.title,
      content_text: e.content['#text'],
      date_published: e.updated,
      tags: e.category.map((c) => c['@term']),
    }))).toEqual(json.items.map(({ id, url, title, content_text, date_published, tags }) => ({ id, url, title, content_text, date_published, tags })));
    expect(feed.entry?.every((e) => e.id.startsWith('https://atlas.example/api/v1/changes.json#') && e.content['@type'] === 'text')).toBe(true);
  });
});

describe('text in the Atom feed', () => {
  it('is escaped, and what XML cannot hold becomes U+FFFD', () => {
    const hostile = `<script>alert("x")</script> & 'y' \u0000\u0008 \ud800`;
    const xml = `<t a="${xmlText(hostile)}">${xmlText(hostile)}</t>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, parseTagValue: false }).parse(xml) as { t: { '#text': string; '@a': string } };
    const expected = `<script>alert("x")</script> & 'y' \ufffd\ufffd \ufffd`;
    expect(parsed.t['#text']).toBe(expected);
    expect(parsed.t['@a']).toBe(expected);
  });
});
