// The sentences that count the network, in English (test/data/i18n.test.ts and the messages' own test check
// the other languages): pure text, checked without a browser.
import { describe, expect, it } from 'vitest';
import { Network } from '../../data/as-of';
import { Localizer } from '../../data/i18n';
import { dataset } from '../../data/index';
import { partnersPhrase, summaryLine, tableCaption } from '../../data/summary';
import type { Agreement } from '../../data/types';
import en from '../../web/src/messages/en';

const english = new Localizer('en', en);
const network = new Network(dataset.agreements, dataset.euMembers, dataset.meta.checked);
const byId = (id: string) => network.byId.get(id)!;
const some = (ids: string[]): Agreement[] => ids.map(byId);

describe('summaryLine and tableCaption', () => {
  it("count today's partners the way the table lists them", () => {
    const today = network.current();
    const countries = today.filter((a) => a.partner.type !== 'union').length;
    expect(summaryLine(today, 27, '2026-11-30', '2026-11-30', english)).toBe(
      `Today: ${countries} countries and the European Union have a customs mutual assistance agreement with the United States. 27 more countries are covered through the EU's.`,
    );
    expect(tableCaption(today, '2026-11-30', '2026-11-30', english)).toBe(
      `${countries + 1} partners with an agreement today: ${countries} countries and the European Union. Choose a partner to see its details.`,
    );
  });

  it('words one partner, no EU, and an empty network', () => {
    expect(partnersPhrase(some(['aut']), english)).toBe('1 country');
    expect(partnersPhrase(some(['eu']), english)).toBe('the European Union');
    expect(summaryLine(some(['aut']), 0, '1980-01-01', '2026-11-30', english)).toBe('On 1 January 1980: 1 country has a customs mutual assistance agreement with the United States.');
    expect(summaryLine(some(['aut', 'can']), 1, '1990-01-01', '2026-11-30', english)).toMatch(/^On 1 January 1990: 2 countries have .*\. 1 more country is covered through the EU's\.$/);
    expect(summaryLine([], 0, '1970-01-01', '2026-11-30', english)).toBe('On 1 January 1970: no customs mutual assistance agreement with the United States.');
    expect(tableCaption([], '1970-01-01', '2026-11-30', english)).toBe('0 partners with an agreement on 1 January 1970. Choose a partner to see its details.');
  });
});
