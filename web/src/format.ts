// Text helpers for the page: escaping and dates as people read them (the Worker writes dates the same way).

export { formatDate } from '../../data/dates';
export { escapeHtml } from '../../data/html';

/** Orders names as a reader expects (accents, case). One collator: `localeCompare` builds one per call. */
export const compareNames = new Intl.Collator('en').compare;
