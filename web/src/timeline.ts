// The timeline's arithmetic: the range of dates it spans and the steps of its play control, as pure
// functions over `YYYY-MM-DD` strings (UTC days, so no time zone can shift a date).

import type { Network } from '../../data/as-of';
import { latestDay } from '../../data/dates';

const dayMs = 86_400_000;

export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / dayMs;
}

export function dayFromNumber(n: number): string {
  return new Date(Math.round(n) * dayMs).toISOString().slice(0, 10);
}

/** From the day the first agreement counts to today. */
export function timelineRange(network: Network, today: string): { first: string; last: string } {
  const first = network.agreements.map((a) => network.countsFrom(a)).sort()[0] ?? today;
  return { first, last: today };
}

/** The date `months` later, clamped to the month's length (31 January + 1 month = 28/29 February). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The next frame of the play control: a step forward, ending on the last day. */
export function nextFrame(day: string, last: string, monthsPerFrame: number): string {
  const next = addMonths(day, monthsPerFrame);
  return next > last ? last : next;
}

/** The days on which the network changed: for the slider's tick marks and for stepping. */
export function changeDays(network: Network): string[] {
  const days = new Set<string>();
  for (const a of network.agreements) {
    days.add(network.countsFrom(a));
    const ends = network.endsOn(a);
    if (ends) days.add(ends);
  }
  for (const m of network.euMembers) days.add(latestDay(m.joined));
  return [...days].sort();
}
