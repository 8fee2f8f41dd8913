// The list of earlier agreements: pure HTML, checked without a browser.
import { describe, expect, it } from 'vitest';
import { Network } from '../../data/as-of';
import { dataset } from '../../data/index';
import { earlierListHtml, endedText } from '../../web/src/earlier';
import { english } from '../../web/src/i18n';

const network = new Network(dataset.agreements, dataset.euMembers, dataset.meta.checked);
const byId = (id: string) => network.byId.get(id)!;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('earlier agreements', () => {
  it('say how each agreement ended: replaced, or with its state', () => {
    expect(endedText(byId('pry-2002'), network, english)).toBe('Replaced by the 2020 U.S.–Paraguay agreement, signed 13 July 2020.');
    expect(endedText(byId('su-1990'), network, english)).toMatch(/^Ended when the Union of Soviet Socialist Republics ceased to exist on 26 December 1991/);
    expect(endedText(byId('ukr'), network, english)).toBeNull();
  });

  it('list, on a date, the agreements ended by then, with their successors to choose', () => {
    expect(text(earlierListHtml(network, '1991-06-01', english))).toBe('No agreement had ended by 1 June 1991.');
    const html = earlierListHtml(network, dataset.meta.checked, english);
    expect(text(html)).toMatch(/^The 1990 U\.S\.–Union of Soviet Socialist Republics agreement .* The 1991 U\.S\.–Czechoslovakia/);
    for (const iso3 of ['UKR', 'RUS', 'CZE']) expect(html).toContain(`data-select="${iso3}"`);
    expect(html).toContain('href="/api/v1/agreements/pry-2002"');
  });
});
