// What only the Worker writes, in English: the head of a page (its description, its image's alt text, the
// schema.org Dataset) and the page of a country code no country has. Not part of the page's script: the
// build writes these with the page's messages among the static assets, where the Worker reads them.

import type { Message } from '../../../../data/i18n';

const en = {
  pageDescription: '{summary} The U.S. Customs Mutual Assistance Agreements with the dates, signatories and sources of each, on a map, a timeline and an open API.',
  imageAltWorld: "World map of the countries with a customs mutual assistance agreement with the United States, and those covered through the EU's",
  imageAltCountry: 'Map with {country} outlined, beside its answer',
  notFoundTitle: 'No such country',
  notFoundCode: 'The atlas has no country with the code “{code}”. Find a country by its name or code in the search box, or on the map.',
  notFoundAddress: 'The atlas has no country in this address. Find a country by its name or code in the search box, or on the map.',
  datasetName: 'U.S. Customs Mutual Assistance Agreements',
  datasetDescription: 'Every Customs Mutual Assistance Agreement (CMAA) the United States has signed with a foreign customs administration or the European Union: partner, dates of signature and entry into force, place, signatories, status, lineage and the sources of each record, with the EU member states covered through the EU agreement and the AEO mutual recognition arrangements.',
  datasetKeywords: 'customs mutual assistance agreement, CMAA, U.S. Customs and Border Protection, customs cooperation, treaties',
  datasetCsv: 'Agreements (CSV)',
  datasetJson: 'Agreements (JSON)',
} satisfies Record<string, Message>;

export type ServedKey = keyof typeof en;
/** A language's served messages: exactly English's keys. */
export type ServedCatalogue = Readonly<Record<ServedKey, Message>>;
export default en;
