// The sentences that count the network and the list of earlier agreements: pure text, checked without a browser.
import { describe, expect, it } from 'vitest';
import { Network } from '../../data/as-of';
import { dataset } from '../../data/index';
import type { Agreement } from '../../data/types';
import { earlierListHtml, endedText } from '../../web/src/earlier';
import { partnersPhrase, summaryLine, tableCaption } from '../../data/summary';

const network = new Network(dataset.agreements, dataset.euMembers, dataset.meta.checked);
const byId = (id: string) => network.byId.get(id)!;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const some = (ids: string[]): Agreement[] => ids.map(byId);

describe('summaryLine and tableCaption', () => {
  it("count today's partners the way the table lists them", () => {
    const today = network.current();
    const countries = today.filter((a) => a.partner.type !== 'union').length;
    expect(summaryLine(today, 27, '2026-11-30', '2026-11-30')).toBe(
      `Today: ${countries} countries and the European Union have a customs mutual assistance agreement with the United States, and 27 more countries are covered through the EU's.`,
    );
    expect(tableCaption(today, '2026-11-30', '2026-11-30')).toBe(
      `${countries + 1} partners with an agreement today: ${countries} countries and the European Union. Choose a partner to see its details.`,
    );
  });

  it('words one partner, no EU, and an empty network', () => {
    expect(partnersPhrase(some(['aut']))).toBe('1 country');
    expect(partnersPhrase(some(['eu']))).toBe('the European Union');
    expect(summaryLine(some(['aut']), 0, '1980-01-01', '2026-11-30')).toBe('On 1 January 1980: 1 country has a customs mutual assistance agreement with the United States.');
    expect(summaryLine(some(['aut', 'can']), 1, '1990-01-01', '2026-11-30')).toMatch(/^On 1 January 1990: 2 countries have .*, and 1 more country is covered through the EU's\.$/);
    expect(summaryLine([], 0, '1970-01-01', '2026-11-30')).toBe('On 1 January 1970: no customs mutual assistance agreement with the United States.');
    expect(tableCaption([], '1970-01-01', '2026-11-30')).toBe('0 partners with an agreement on 1 January 1970. Choose a partner to see its details.');
  });
});

describe('earlier agreements', () => {
  it('say how each agreement ended: replaced, or with its state', () => {
    expect(endedText(byId('pry-2002'), network)).toBe('Replaced by the 2020 U.S.–Paraguay agreement, signed 13 July 2020.');
    expect(endedText(byId('su-1990'), network)).toMatch(/^Ended when the Union of Soviet Socialist Republics ceased to exist on 26 December 1991/);
    expect(endedText(byId('ukr'), network)).toBeNull();
  });

  it('list, on a date, the agreements ended by then, with their successors to choose', () => {
    expect(text(earlierListHtml(network, '1991-06-01'))).toBe('No agreement had ended by 1 June 1991.');
    const html = earlierListHtml(network, dataset.meta.checked);
    expect(text(html)).toMatch(/^The 1990 U\.S\.–Union of Soviet Socialist Republics agreement .* The 1991 U\.S\.–Czechoslovakia/);
    for (const iso3 of ['UKR', 'RUS', 'CZE']) expect(html).toContain(`data-select="${iso3}"`);
    expect(html).toContain('href="/api/v1/agreements/pry-2002"');
  });
});
