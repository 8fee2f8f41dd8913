// The atlas's languages, and text in one of them: which language a reader gets, which way it is written, and
// messages with their plural forms, numbers, dates and country names from Intl. Pure, for the page and the
// Worker alike; the messages themselves are the page's (web/src/messages/), which the Worker reads as built.

export const languages = ['en', 'es', 'fr', 'pt', 'uk', 'ar'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/** Each language's name in itself, as the language menu offers it. */
export const autonyms: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
  uk: 'Українська',
  ar: 'العربية',
};

export const direction = (lang: Language): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');

/** The first of a reader's languages (BCP 47 tags, most preferred first) that the atlas speaks: `pt-BR` is `pt`. */
export function negotiate(preferred: Iterable<string>): Language | null {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return null;
}

/** The tags of an `Accept-Language` header, most preferred first, without those refused (`q=0`). */
export function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  // A header is short; a hostile one is cut rather than parsed at length.
  return header.slice(0, 1000).split(',').slice(0, 50)
    .map((part, order) => {
      const [tag, ...options] = part.trim().split(';');
      const q = options.map((o) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(o)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((p) => p.tag && p.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map((p) => p.tag);
}

/** The language of a view: `?lang=` where the atlas speaks it, else the reader's first it speaks, else English. */
export function chooseLanguage(asked: string | null | undefined, preferred: Iterable<string>): Language {
  return isLanguage(asked) ? asked : negotiate(preferred) ?? 'en';
}

/**
 * The attributes an element's `data-i18n-attr` names, with the message of each:
 * `aria-label:mapLabel placeholder:searchPlaceholder` → `[['aria-label', 'mapLabel'], ['placeholder', …]]`.
 * An element's `data-i18n` names the message of its text.
 */
export function fixedWords(value: string): [attribute: string, key: string][] {
  return value.split(/\s+/).filter(Boolean).map((pair) => pair.split(':') as [string, string]);
}

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A text with `{placeholders}`, or one per plural category of its `{count}` (`other` always). */
export type Message = string | ({ other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>);
export type Params = Record<string, string | number>;

/** Messages every catalogue has, because the Localizer itself uses them. */
export type BaseKey =
  | 'notKnown' | 'nameUssr' | 'nameCzechoslovakia'
  | 'whenDay' | 'whenMonth' | 'whenYear' | 'sinceDay' | 'sinceMonth' | 'sinceYear';

/** A date's phrase within a sentence, by precision (year, month, day): "in 1990", "in May 1997", "on 23 May 2016". */
const datePhrases = {
  when: ['whenYear', 'whenMonth', 'whenDay'],
  since: ['sinceYear', 'sinceMonth', 'sinceDay'],
} as const satisfies Record<string, readonly BaseKey[]>;

/** How a language writes the first day of a month where Intl writes "1": "1er janvier", "1º de janeiro". */
const firstOfMonth: Partial<Record<Language, string>> = { fr: '1er', pt: '1º' };

/**
 * Ukrainian says "in May" with the month in the locative, which Intl does not write; it is made from the
 * genitive Intl writes with a day: травня → травні, лютого → лютому, листопада → листопаді.
 */
const locativeMonth: Partial<Record<Language, (genitive: string) => string>> = {
  uk: (genitive) => genitive.replace(/ого$/, 'ому').replace(/[ая]$/, 'і'),
};

/** Names of the states that no longer exist, which Intl does not name (it reads their codes as today's). */
const formerStates: Record<string, BaseKey> = { SU: 'nameUssr', CS: 'nameCzechoslovakia' };

/** A partner as it is named: the dataset's English name, and the codes Intl names it by in other languages. */
export interface Named {
  name: string;
  iso2: string | null;
  type?: string;
}

/** Intl's conventions per language; English dates read as `23 May 2016`, as the atlas has always written them. */
const intlLocale: Record<Language, string> = { en: 'en-GB', es: 'es', fr: 'fr', pt: 'pt', uk: 'uk', ar: 'ar' };

/**
 * Text in one language: its messages, numbers, dates and country names; what the Worker writes with. The page
 * adds HTML messages, lists and the order of names (web/src/i18n.ts).
 */
export class Localizer<K extends string = string> {
  readonly dir: 'ltr' | 'rtl';
  protected readonly locale: string;
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;
  private readonly dates = new Map<number, Intl.DateTimeFormat>();
  private regions?: Intl.DisplayNames;
  private shortRegions?: Intl.DisplayNames;

  constructor(readonly lang: Language, readonly messages: Readonly<Record<K | BaseKey, Message>>) {
    this.dir = direction(lang);
    this.locale = intlLocale[lang];
    this.plurals = new Intl.PluralRules(this.locale);
    this.numbers = new Intl.NumberFormat(this.locale);
  }

  /** A message with its placeholders filled; a plural message takes the form for `count`. */
  text(key: K | BaseKey, params: Params = {}): string {
    return this.fill(this.pick(key, params), params, String);
  }

  protected pick(key: K | BaseKey, params: Record<string, unknown>): string {
    const message = this.messages[key];
    if (typeof message === 'string') return message;
    if (message === undefined) throw new Error(`No message "${key}" in ${this.lang}`);
    const count = params.count;
    if (typeof count !== 'number') throw new Error(`The message "${key}" needs a count`);
    return message[this.plurals.select(count)] ?? message.other;
  }

  protected fill(template: string, params: Record<string, unknown>, text: (value: string) => string): string {
    const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (typeof value === 'number') return this.number(value);
      if (typeof value === 'object' && value !== null && 'html' in value) return (value as { html: string }).html;
      // A value that ends with an abbreviation's full stop ("U.S.", Ukrainian "2016 р.") ends a sentence too.
      return text(String(value)).replace(/\.$/, '.\u0000');
    });
    return filled.replace(/\u0000\./g, '').replaceAll('\u0000', '');
  }

  number(n: number): string {
    return this.numbers.format(n);
  }

  /** `2016-05-23`, `1997-05` or `1990` as the language writes a day, a month or a year; null is "not known". */
  date(date: string | null): string {
    if (!date) return this.text('notKnown');
    const { precision, time } = parseDate(date);
    const parts = this.format(precision).formatToParts(time);
    return parts.map((p) => (p.type === 'day' && p.value === '1' ? firstOfMonth[this.lang] ?? p.value : p.value)).join('');
  }

  /**
   * A date as a message's parameters, for each language to say it as its grammar wants: `{name}` the date
   * alone ("23 May 2016"), `{nameWhen}` after "signed" ("on 23 May 2016"), `{nameSince}` after "since".
   */
  dated(name: string, date: string): Params {
    return { [name]: this.date(date), [`${name}When`]: this.when(date), [`${name}Since`]: this.since(date) };
  }

  /** A date as a sentence puts it after "signed": "on 23 May 2016", "in May 1997", "in 1990". */
  when(date: string): string {
    return this.phrase('when', date);
  }

  /** A date as a sentence puts it after "since": "since 23 May 2016", "since May 1997". */
  since(date: string): string {
    return this.phrase('since', date);
  }

  /**
   * The phrase's message gets the date as `{date}`, and a month as `{dateGenitive}` (the month as written
   * with a day: "травня 2016 р.") and `{dateLocative}` too, for the languages whose grammar needs them.
   */
  private phrase(kind: keyof typeof datePhrases, date: string): string {
    const { precision, time } = parseDate(date);
    const key = datePhrases[kind][precision - 1];
    if (precision !== 2) return this.text(key, { date: this.date(date) });
    const parts = this.format(3).formatToParts(time);
    const day = parts.findIndex((p) => p.type === 'day');
    // The month without its day: the day and the separator after it (or before it, where the day is last).
    parts.splice(day < parts.length - 1 ? day : day - 1, 2);
    const genitive = parts.map((p) => p.value).join('').trim();
    const locative = parts.map((p) => (p.type === 'month' ? locativeMonth[this.lang]?.(p.value) ?? p.value : p.value)).join('').trim();
    return this.text(key, { date: this.date(date), dateGenitive: genitive, dateLocative: locative });
  }

  private format(precision: number): Intl.DateTimeFormat {
    let format = this.dates.get(precision);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, {
        timeZone: 'UTC',
        year: 'numeric',
        ...(precision > 1 ? { month: 'long' as const } : {}),
        ...(precision > 2 ? { day: 'numeric' as const } : {}),
      });
      this.dates.set(precision, format);
    }
    return format;
  }

  /**
   * A partner's or country's name: the dataset's in English (its names are chosen with care: "Cabo Verde"),
   * Intl's in other languages, by ISO alpha-2 (`EU` included), and the catalogue's for the former states.
   */
  country(named: Named): string {
    if (this.lang === 'en' || !named.iso2) return named.name;
    if (named.type === 'former' || formerStates[named.iso2]) {
      const key = formerStates[named.iso2];
      return key ? this.text(key) : named.name;
    }
    return this.region(named.iso2) ?? named.name;
  }

  /** Intl's name of a region code; the short one for Hong Kong and Macao, whose full one is a description. */
  private region(iso2: string): string | null {
    this.regions ??= new Intl.DisplayNames(this.locale, { type: 'region', fallback: 'none' });
    this.shortRegions ??= new Intl.DisplayNames(this.locale, { type: 'region', style: 'short', fallback: 'none' });
    try {
      return (iso2 === 'HK' || iso2 === 'MO' ? this.shortRegions : this.regions).of(iso2) ?? null;
    } catch {
      return null;
    }
  }
}

/** A partial date's precision (1 year, 2 month, 3 day) and its first moment, in UTC. */
function parseDate(date: string): { precision: 1 | 2 | 3; time: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { precision: d ? 3 : m ? 2 : 1, time: Date.UTC(y, (m || 1) - 1, d || 1) };
}
