// Text helpers for the page: escaping, and the order of names in the dataset's language (downloads, and
// search's default). Dates and names in the page's language are the Localizer's (data/i18n.ts).

export { escapeHtml } from '../../data/html';

/** Orders names as a reader expects (accents, case). One collator: `localeCompare` builds one per call. */
export const compareNames = new Intl.Collator('en').compare;
