// The change feed as Atom 1.0 (RFC 4287): the JSON Feed of feed.ts, entry for entry, for feed readers that
// want XML. Every value is text, escaped; nothing is markup.

import type { ChangeFeed } from './feed';

export const atomContentType = 'application/atom+xml; charset=utf-8';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// XML 1.0 cannot carry these code points at all, even escaped: they become U+FFFD.
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data or an attribute value. */
export const xmlText = (text: string) => text.replace(notXml, '\ufffd').replace(/[&<>"']/g, (ch) => entities[ch]);

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${xmlText(text)}</${name}>`;
const link = (rel: string, type: string, href: string) => `<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;

/**
 * The feed as Atom, served at `self`. Entry ids are the JSON Feed's item ids under the unfiltered JSON feed's
 * URL, so that an entry keeps its id whether it was read through a partner's feed or the whole one.
 */
export function atomFeed(feed: ChangeFeed, self: string): string {
  const entryBase = feed.feed_url.replace(/\?.*$/, '');
  const updated = feed.items[0]?.date_published ?? `${feed._meta.updated}T00:00:00Z`;
  const entries = feed.items.map((item) => [
    '<entry>',
    element('id', `${entryBase}#${item.id}`),
    element('title', item.title),
    element('updated', item.date_published),
    element('published', item.date_published),
    link('alternate', 'text/html', item.url),
    ...item.tags.map((tag) => `<category term="${xmlText(tag)}"/>`),
    element('content', item.content_text, ' type="text"'),
    '</entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    element('id', self),
    element('title', feed.title),
    element('subtitle', feed.description),
    element('updated', updated),
    link('self', 'application/atom+xml', self),
    link('alternate', 'text/html', feed.home_page_url),
    link('alternate', 'application/feed+json', feed.feed_url),
    '<author><name>CMAA Atlas</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
