// Finding a country by what people type: its name in the page's language or in English, another common name,
// or an ISO code, in any case and with or without accents. Suggestions come from the same index.

import { compareNames } from './format';

export interface SearchEntry {
  /** ISO alpha-3, or EU for the European Union. */
  key: string;
  name: string;
  iso2: string | null;
  alt: readonly string[];
}

export interface Suggestion {
  key: string;
  /** What the suggestion shows and what selecting it types. */
  label: string;
  /** The country it stands for, where the label is another name or a code. */
  hint: string;
}

/**
 * A name as search compares it, in any script: lower case, without accents or Arabic vowel marks and
 * hamza seats (أوكرانيا and اوكرانيا are one), ة as ه and ى as ي, punctuation and apostrophes as spaces.
 */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/ة/g, 'ه').replace(/ى/g, 'ي')
    .replace(/[^\p{Lu}\p{Ll}\p{Lt}\p{Lo}\p{N}]+/gu, ' ').trim();
}

export class SearchIndex {
  private readonly terms: { term: string; suggestion: Suggestion }[] = [];

  /** `compare` orders the names as the page's language does. */
  constructor(entries: readonly SearchEntry[], compare: (a: string, b: string) => number = compareNames) {
    for (const e of [...entries].sort((a, b) => compare(a.name, b.name))) {
      this.add(e.name, e.key, e.name, '');
      for (const alt of e.alt) this.add(alt, e.key, alt, e.name);
      for (const code of [e.key, e.iso2]) if (code) this.add(code, e.key, code, e.name);
    }
  }

  private add(text: string, key: string, label: string, hint: string): void {
    this.terms.push({ term: normalise(text), suggestion: { key, label, hint } });
  }

  /** The country a query names exactly (name, other name or code), if any. */
  resolve(query: string): string | null {
    const q = normalise(query);
    return q ? this.terms.find((t) => t.term === q)?.suggestion.key ?? null : null;
  }

  /** Up to `limit` suggestions: whole-name prefixes first, then word prefixes, then other matches. */
  suggest(query: string, limit = 8): Suggestion[] {
    const q = normalise(query);
    if (!q) return [];
    const rank = (term: string) => (term.startsWith(q) ? 0 : term.includes(` ${q}`) ? 1 : term.includes(q) ? 2 : 3);
    const seen = new Set<string>();
    return this.terms
      .map((t) => ({ ...t, rank: rank(t.term) }))
      .filter((t) => t.rank < 3)
      .sort((a, b) => a.rank - b.rank)
      .filter((t) => (seen.has(t.suggestion.key) ? false : (seen.add(t.suggestion.key), true)))
      .slice(0, limit)
      .map((t) => t.suggestion);
  }
}
