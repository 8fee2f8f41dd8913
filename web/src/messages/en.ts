// The page's words in English, the language the others are translated from. A message is a text with
// `{placeholders}`, or one text per plural category of its `{count}`. Every language has exactly these keys
// (test/web/messages.test.ts), and every key is used.

import type { Message } from '../../../data/i18n';

const en = {
  // Read by the Localizer itself.
  notKnown: 'not known',
  nameUssr: 'Union of Soviet Socialist Republics',
  nameCzechoslovakia: 'Czechoslovakia (Czech and Slovak Federative Republic)',
  // A date within a sentence (Localizer.when, Localizer.since), by precision.
  whenDay: 'on {date}',
  whenMonth: 'in {date}',
  whenYear: 'in {date}',
  sinceDay: 'since {date}',
  sinceMonth: 'since {date}',
  sinceYear: 'since {date}',

  // The page's fixed words (data-i18n in index.html).
  skipToTable: 'Skip to the table of partners',
  tagline: "The United States' Customs Mutual Assistance Agreements: who, since when, and says who.",
  searchLabel: 'Find a country',
  searchPlaceholder: 'Name or ISO code, e.g. Ukraine, UA',
  searchSuggestions: 'Suggestions',
  languageLabel: 'Language',
  loadingAtlas: 'Loading the atlas…',
  dateShown: 'Date shown',
  dateShownExact: 'Date shown (exact)',
  play: 'Play',
  pause: 'Pause',
  today: 'Today',
  mapLabel: 'World map of the countries with a customs mutual assistance agreement with the United States',
  mapRole: 'map',
  mapHelp: 'Arrow keys move between countries, Enter opens the details, plus and minus zoom. The table below lists the same partners.',
  closeDetails: 'Close the details',
  tryAgain: 'Try again',
  shareAndDownload: 'Share and download',
  copyLink: 'Copy link to this view',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  downloadPng: 'Download PNG of the map',
  partnersTitle: 'Partners',
  columnPartner: 'Partner',
  columnSigned: 'Signed',
  columnInForce: 'In force',
  columnStatus: 'Status',
  columnConfidence: 'Confidence',
  earlierTitle: 'Earlier agreements',
  earlierIntro: "Agreements no longer part of the network on the date shown: replaced by a newer agreement with the same partner, or ended with a state that ceased to exist and continued through its successors' own records.",
  reconciliationTitle: "How this list compares with CBP's count",
  correctionsTitle: 'Corrections',
  correctionsIntro: "Readers' reports of errors, and of agreements this atlas does not list, with what became of each. To send one, open a country's details.",
  footerData: 'Data:',
  footerApi: 'JSON API',
  footerSources: 'every record cites its sources',
  footerBoundaries: 'boundaries:',

  // Loading, and what is said when it fails.
  loadFailed: 'The atlas could not load its data. {reason}',
  dataNotLoaded: 'The data could not be loaded.',
  somethingWrong: 'Something went wrong.',
  loadTimeout: { one: 'The server did not answer within {count} second.', other: 'The server did not answer within {count} seconds.' },
  loadUnreachable: 'The server could not be reached.',
  loadStatus: 'The server answered with an error ({status}).',
  loadNotJson: 'The server answered with something that is not JSON.',
  loadUnexpected: 'The server answered in an unexpected shape.',
  recordsNotLoaded: 'The full records could not be loaded; try again.',
  loadingRecord: 'Loading the record…',
  cbpCountsNotLoaded: "CBP's counts could not be loaded.",

  // The count of the network on the date shown.
  countriesCount: { one: '{count} country', other: '{count} countries' },
  partnersAndEu: '{countries} and the European Union',
  partnersEuOnly: 'the European Union',
  summaryToday: 'Today',
  summaryOn: 'On {day}',
  summaryNone: '{when}: no customs mutual assistance agreement with the United States.',
  summaryHas: {
    one: '{when}: {partners} has a customs mutual assistance agreement with the United States.',
    other: '{when}: {partners} have a customs mutual assistance agreement with the United States.',
  },
  summaryThroughEu: {
    one: "{count} more country is covered through the EU's.",
    other: "{count} more countries are covered through the EU's.",
  },
  captionPartners: {
    one: '{count} partner with an agreement {when}: {partners}. Choose a partner to see its details.',
    other: '{count} partners with an agreement {when}: {partners}. Choose a partner to see its details.',
  },
  captionNone: '0 partners with an agreement {when}. Choose a partner to see its details.',

  // The map, its legend and what the keyboard announces.
  legendLabel: 'Legend',
  statusCmaa: 'Own agreement with the U.S.',
  statusEu: 'Covered through the EU agreement',
  statusNone: 'No agreement recorded',
  mapAttribution: 'Boundaries: {link} (U.S. view)',
  // The map's PNG is drawn by a part loaded when asked for (its caption's words are in later/).
  pngFailed: 'The PNG could not be made: {reason}',

  // Search.
  suggestionCount: { one: '{count} suggestion', other: '{count} suggestions' },

  // The table.
  tableInForce: 'In force',
  tableSigned: 'Signed',
  tableSuperseded: 'Superseded since',
  confidenceHigh: 'high',
  confidenceMedium: 'medium',
  confidenceLow: 'low',

  // Sharing.
  linkCopied: 'Link copied.',
  copyThisLink: 'Copy this link: {url}',
  citationCopied: 'Citation copied.',
  selectCitation: 'Select the citation to copy it.',

  // A record's fields, as the details name them, the report form offers them and a release note lists them.
  fieldSigned: 'Date of signature',
  fieldSignedPlace: 'Place of signature',
  fieldInForce: 'Entry into force',
  fieldStatus: 'Status',
  fieldBinding: 'Legally binding',
  fieldSignatories: 'Signatories',
  fieldSuccessorTo: 'Agreement it replaces or succeeds',
  fieldSupersededBy: 'Agreement that replaced it',
  fieldPartner: 'Partner (name or codes)',
  fieldSources: 'Sources',
  fieldConfidence: 'Confidence',
  fieldNotes: 'Notes',

  // An agreement's name, and the earlier agreements.
  agreementName: 'the {year} U.S.–{partner} agreement',
  agreementNameUndated: 'the U.S.–{partner} agreement',
  agreementTitle: 'The {year} U.S.–{partner} agreement',
  agreementTitleUndated: 'The U.S.–{partner} agreement',
  endedReplaced: 'Replaced by {agreement}, signed {signed}.',
  endedReplacedUndated: 'Replaced by {agreement}.',
  endedDissolved: "Ended when the {state} ceased to exist {dissolvedWhen}; it continues through its successor states' own records.",
  earlierSucceededBy: 'Succeeded by: {states}.',
  earlierSigned: 'signed {signed}',
  earlierSignedUnknown: 'signing date not known',
  earlierRecord: 'Record',
  earlierNoneEnded: 'No agreement had ended by {day}.',

  // The details panel.
  whenToday: 'today',
  alsoEu: "Also covered through the European Union's agreement, as an EU member {joinedSince}.",
  euAgreementTitle: 'The EU–U.S. agreement',
  signedLater: 'An agreement was signed later, {signedWhen}.',
  signedLaterUnknown: 'An agreement was signed later, on a date not known.',
  detailsInForce: 'In force',
  detailsSigned: 'Signed (no evidence of entry into force found)',
  detailsSuperseded: 'Superseded',
  factSigned: 'Signed',
  factPlace: 'Place of signature',
  factInForce: 'Entry into force',
  factStatus: 'Status',
  factBinding: 'Legally binding',
  factSignedForUs: 'Signed for the United States',
  factSignedFor: 'Signed for {partner}',
  factLineage: 'Lineage',
  factCeased: '{partner} ceased to exist',
  factConfidence: 'Confidence',
  factNotes: 'Notes',
  sourcesTitle: 'Sources',
  bindingYes: 'Yes',
  bindingNo: 'No (non-binding)',
  lineageSucceeds: 'Succeeds {agreement}.',
  lineageReplaces: 'Replaces {agreement}.',
  lineageReplacedBy: 'Replaced by {agreement}.',
  mraTitle: 'AEO mutual recognition',
  mraSigned: 'A mutual recognition arrangement between {programs} was signed {signedWhen}.',
  mraSignedIn: 'A mutual recognition arrangement between {programs} was signed {signedWhen} in {place}.',
  mraSignedUnknown: 'A mutual recognition arrangement between {programs} was signed on a date not known.',
  mraSignedUnknownIn: 'A mutual recognition arrangement between {programs} was signed on a date not known in {place}.',

  // Citing a record.
  citeTitle: 'Cite this record',
  copyCitation: 'Copy citation',
  citeAsOf: 'as of {day}',
  citeOwn: '{country}: Customs Mutual Assistance Agreement with the United States (signed {signed})',
  citeOwnUndated: '{country}: Customs Mutual Assistance Agreement with the United States (signing date not known)',
  citeInherited: '{country}: covered {when} by {agreement}',
  citeEu: '{country}: covered {when} through the EU–U.S. customs mutual assistance agreement',
  citeNone: '{country}: no customs mutual assistance agreement with the United States recorded {when}',
  citeRelease: 'release {version}',
  citeDataset: 'dataset version {version}',
  citeWithRecord: '{subject}. In: CMAA Atlas, {edition}. {url} (record: {record}). Accessed {accessed}.',
  citeWithoutRecord: '{subject}. In: CMAA Atlas, {edition}. {url}. Accessed {accessed}.',

  // The release a record last changed in.
  releaseAdded: 'Added in release {version}.',
  releaseChanged: 'Changed in release {version}.',
  releaseChangedFields: 'Changed in release {version} ({fields}).',
  releaseNone: 'Not yet in a release.',
  releaseNewer: 'The data shown, version {version}, is newer than the latest release.',
  releaseHistory: 'History of this record',

  // Reports: the buttons in the details, and what the page says when the form or the log cannot be loaded (the
  // form's and the log's own words are in later/, loaded with them).
  reportCorrection: 'Suggest a correction',
  reportMissing: "Report an agreement we don't list",
  reportFormNotLoaded: 'The report form could not be loaded; try again.',
  correctionsNotLoaded: 'The corrections log could not be loaded.',

  // The answer for a country, and the titles of the pages (data/answer.ts; the Worker writes them too).
  datesSigned: 'signed {signed}',
  datesSignedIn: 'signed {signed} in {place}',
  datesSignedUnknown: 'signing date not known',
  datesSignedUnknownIn: 'signing date not known, signed in {place}',
  datesInForce: 'in force {inForceSince}',
  datesBoth: '{signed}, {inForce}',
  answerOwnToday: '{country} has a Customs Mutual Assistance Agreement with the United States, {dates}.',
  answerOwnOn: 'On {day}, {country} had a Customs Mutual Assistance Agreement with the United States, {dates}.',
  answerInheritedToday: '{country} is covered by {agreement} ({dates}), which it succeeded to.',
  answerInheritedOn: 'On {day}, {country} was covered by {agreement} ({dates}), which it succeeded to.',
  answerEuToday: "{country} is covered through the European Union's agreement with the United States, as an EU member {joinedSince}.",
  answerEuOn: "On {day}, {country} was covered through the European Union's agreement with the United States, as an EU member {joinedSince}.",
  answerNoneToday: 'No customs mutual assistance agreement with the United States is recorded for {country} today; the data was last checked {checkedWhen}.',
  answerNoneOn: 'No customs mutual assistance agreement with the United States is recorded for {country} {dayWhen}; the data was last checked {checkedWhen}.',
  titleCmaa: '{country}: customs mutual assistance agreement with the U.S.',
  titleEu: "{country}: covered by the EU's customs mutual assistance agreement with the U.S.",
  titleNone: '{country}: no customs mutual assistance agreement with the U.S.',
  titleOn: '{title} {dayWhen}',
  titleHome: 'CMAA Atlas — the U.S. Customs Mutual Assistance Agreements, sourced',
  titleHomeOn: 'The U.S. Customs Mutual Assistance Agreements {dayWhen} — CMAA Atlas',

  // The embed: its button on the atlas (its dialog's words are in later/), and the embedded map's own words
  // (embed.html).
  embedOpen: 'Embed',
  embedHeading: 'The U.S. Customs Mutual Assistance Agreements, from CMAA Atlas',
  loadingMap: 'Loading the map…',
  embedMapHelp: "Arrow keys move between countries, Enter shows a country's answer, plus and minus zoom.",
  embedOpenAtlas: 'Open in CMAA Atlas',
  embedSource: ': every agreement with its dates, signatories and sources.',
  embedFailed: 'The map could not be loaded. Open CMAA Atlas with the link below.',
  recordNotLoaded: 'The record could not be loaded; try again.',
  announceCmaa: '{country}: own agreement with the U.S.',
  announceEu: '{country}: covered through the EU agreement.',
  announceNone: '{country}: no agreement recorded.',
  announceDetails: 'Enter for details.',
  announceAnswer: 'Enter for its answer.',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
/** A language's messages: exactly English's keys. */
export type Catalogue = Readonly<Record<MessageKey, Message>>;
export default en;
