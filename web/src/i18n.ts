// The page's language: `?lang=` or else the reader's browser, its messages (English built in, each other
// language loaded when it is chosen, as its own small file), and the fixed words of the page itself, put in
// place by their data-i18n attributes (the Worker writes the same into the page it serves).

import { escapeHtml } from '../../data/html';
import { chooseLanguage, direction, fixedWords, Localizer, type Language } from '../../data/i18n';
import en, { type Catalogue, type MessageKey } from './messages/en';

export type { MessageKey };

/** Text that is already HTML, to be placed into a message as it is. */
export interface Html { html: string }

/** The page's words in one language: the Localizer's, with messages as HTML, lists, and the order of names. */
export class PageLocalizer extends Localizer<MessageKey> {
  /** Orders names as the language does (accents, case). */
  readonly compare = new Intl.Collator(this.locale).compare;
  private lists?: Intl.ListFormat;

  /** A message as HTML: its text escaped, text parameters escaped, `Html` parameters as they are. */
  html(key: MessageKey, params: Record<string, string | number | Html> = {}): string {
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
