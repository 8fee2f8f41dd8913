// The page's language: `?lang=` or else the reader's browser, its messages (English built in, each other
// language loaded when it is chosen, as its own small file), and the fixed words of the page itself, put in
// place by their data-i18n attributes (the Worker writes the same into the page it serves).

import { chooseLanguage, direction, fixedWords, Localizer, type Language, type Message } from '../../data/i18n';
import en, { type MessageKey } from './messages/en';

export type { MessageKey };
export type PageLocalizer = Localizer<MessageKey>;
export type Catalogue = Readonly<Record<MessageKey, Message>>;

export const english: PageLocalizer = new Localizer('en', en);

const catalogues: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>> = {
  es: () => import('./messages/es'),
  fr: () => import('./messages/fr'),
  pt: () => import('./messages/pt'),
  uk: () => import('./messages/uk'),
  ar: () => import('./messages/ar'),
};

/** The page's words in a language, its messages loaded once. */
export async function localizer(lang: Language): Promise<PageLocalizer> {
  return lang === 'en' ? english : new Localizer(lang, (await catalogues[lang]()).default);
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
