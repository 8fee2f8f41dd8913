// Where the build writes each language's messages among the static assets (vite.config.ts, from
// web/src/messages/), and where the Worker reads them to write its pages in that language: its code holds
// no words of any language.
import type { Language } from './i18n';

export const messagesFile = (lang: Language) => `/messages/${lang}.json`;
