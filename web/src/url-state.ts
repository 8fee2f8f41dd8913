// What the URL says the page shows: `?country=UKR` (a partner's details) and `?asOf=YYYY-MM-DD` (the date).

import { isDay } from '../../data/dates';

export interface ViewState {
  /** ISO alpha-3, upper case, or null. */
  country: string | null;
  /** `YYYY-MM-DD`, or null for today. */
  asOf: string | null;
}

/** Reads the state from a query string; malformed values are ignored rather than breaking the page. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const country = params.get('country')?.trim().toUpperCase() ?? '';
  const asOf = params.get('asOf')?.trim() ?? '';
  return {
    country: /^[A-Z]{3}$/.test(country) ? country : null,
    asOf: isDay(asOf) ? asOf : null,
  };
}

/** The query string for a state, keeping any other parameters of `search`. */
export function viewStateQuery(state: ViewState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of ['country', 'asOf'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
