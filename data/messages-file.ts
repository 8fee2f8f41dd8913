// Where the build writes each language's messages among the static assets (vite.config.ts, from
// web/src/messages/), and where the Worker reads them to write its pages in that language: its code holds
// no words of any language.
import type { Language, Message } from './i18n';

export const messagesFile = (lang: Language) => `/messages/${lang}.json`;

/** What such a file holds: the words, and the page's module of them, which a page in that language preloads. */
export interface MessagesFile {
  messages: Record<string, Message>;
  /** `/assets/words-uk-….js`; null for English, which is part of the page's script. */
  script: string | null;
}
