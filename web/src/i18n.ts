// The page's language: `?lang=` or else the reader's browser, its messages (English built in, each other
// language loaded when it is chosen, as its own small file), and the fixed words of the page itself, put in
// place by their data-i18n attributes (the Worker writes the same into the page it serves).

import { escapeHtml } from '../../data/html';
import { chooseLanguage, direction, fixedWords, Localizer, type Language } from '../../data/i18n';
import en, { type Catalogue, type MessageKey } from './messages/en';
import type { LaterCatalogue, LaterKey } from './messages/later/en';

export type { LaterKey, MessageKey };

/** Text that is already HTML, to be placed into a message as it is. */
export interface Html { html: string }

/** The page's words in one language: the Localizer's, with messages as HTML, lists, and the order of names. */
export class PageLocalizer<K extends string = MessageKey> extends Localizer<K> {
  /** Orders names as the language does (accents, case). */
  readonly compare = new Intl.Collator(this.locale).compare;
  private lists?: Intl.ListFormat;

  /** A message as HTML: its text escaped, text parameters escaped, `Html` parameters as they are. */
  html(key: K, params: Record<string, string | number | Html> = {}): string {
    const template = escapeHtml(this.pick(key, params));
    return this.fill(template, params, (value) => escapeHtml(value));
  }

  /** "A, B and C", as the language joins a list. */
  list(items: readonly string[]): string {
    this.lists ??= new Intl.ListFormat(this.locale, { type: 'conjunction' });
    return this.lists.format(items);
  }
}

export const english = new PageLocalizer('en', en);

const catalogues: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>> = {
  es: () => import('./messages/es'),
  fr: () => import('./messages/fr'),
  pt: () => import('./messages/pt'),
  uk: () => import('./messages/uk'),
  ar: () => import('./messages/ar'),
};

/** The page's words in a language, its messages loaded once. */
export async function localizer(lang: Language): Promise<PageLocalizer> {
  return lang === 'en' ? english : new PageLocalizer(lang, (await catalogues[lang]()).default);
}

/** The page's words with those of the parts loaded when opened: report form, corrections log, embed dialog. */
export type LaterLocalizer = PageLocalizer<MessageKey | LaterKey>;

/** The page's words `l` with the later parts' words `later` of the same language. */
export const withLater = (l: PageLocalizer, later: LaterCatalogue): LaterLocalizer =>
  new PageLocalizer<MessageKey | LaterKey>(l.lang, { ...l.messages, ...later });

const laterCatalogues: Record<Language, () => Promise<{ default: LaterCatalogue }>> = {
  en: () => import('./messages/later/en'),
  es: () => import('./messages/later/es'),
  fr: () => import('./messages/later/fr'),
  pt: () => import('./messages/later/pt'),
  uk: () => import('./messages/later/uk'),
  ar: () => import('./messages/later/ar'),
};
const laterLocalizers = new Map<PageLocalizer, Promise<LaterLocalizer>>();

/** `l` with the later parts' words, loaded when first asked for (with the code of those parts). */
export function laterWords(l: PageLocalizer): Promise<LaterLocalizer> {
  let words = laterLocalizers.get(l);
  if (!words) {
    words = laterCatalogues[l.lang]().then((m) => withLater(l, m.default));
    // A failed load may be tried again.
    words.catch(() => laterLocalizers.delete(l));
    laterLocalizers.set(l, words);
  }
  return words;
}

/** The language the page opens in: `?lang=`, else the first of the browser's languages the atlas speaks. */
export const pageLanguage = (search: string, preferred: readonly string[]): Language =>
  chooseLanguage(new URLSearchParams(search).get('lang'), preferred);

/** Writes the page's fixed words, and its language and direction, into the document. */
export function translateDocument(doc: Document, l: PageLocalizer): void {
  doc.documentElement.lang = l.lang;
  doc.documentElement.dir = direction(l.lang);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = l.text(el.dataset.i18n as MessageKey);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const [name, key] of fixedWords(el.dataset.i18nAttr!)) el.setAttribute(name, l.text(key as MessageKey));
  }
}
