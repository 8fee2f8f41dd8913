// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): checking them and bounding them by whole days.

import type { PartialDate } from './types';

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date in one of the three precisions (rejects 2016-02-30 and 2016-13). */
export function isPartialDate(value: string): boolean {
  const match = partialDatePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month);
}

/** True for a real, day-exact `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  return dayPattern.test(value) && isPartialDate(value);
}

/** The first day a partial date can mean: `2005` → `2005-01-01`. */
export function earliestDay(date: PartialDate): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date can mean: `2005` → `2005-12-31`, `2008-02` → `2008-02-29`. */
export function latestDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return date;
}

/** The day after a `YYYY-MM-DD` day. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Today as `YYYY-MM-DD` in UTC. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2016-05-23` → `23 May 2016`, `1997-05` → `May 1997`, `1990` → `1990`; null → `not known`. */
export function formatDate(date: PartialDate | null): string {
  if (!date) return 'not known';
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = months[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
