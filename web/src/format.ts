// Text helpers for the page: escaping and dates as people read them.

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** `2016-05-23` → `23 May 2016`, `1997-05` → `May 1997`, `1990` → `1990`; null → `not known`. */
export function formatDate(date: string | null): string {
  if (!date) return 'not known';
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = months[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Orders names as a reader expects (accents, case). One collator: `localeCompare` builds one per call. */
export const compareNames = new Intl.Collator('en').compare;
