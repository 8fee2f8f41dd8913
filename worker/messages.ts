// The pages' words in each language, as the build wrote them among the static assets (data/messages-file.ts):
// each language read once per isolate, on the first page asked for in it.

import { languages, Localizer, type Language, type Message } from '../data/i18n';
import { messagesFile } from '../data/messages-file';
import { readOnce } from './dataset';

const readers = new Map(languages.map((lang) => [lang, readOnce(async (assets: Fetcher) => {
  const response = await assets.fetch(new Request(new URL(messagesFile(lang), 'https://assets.local')));
  if (!response.ok) throw new Error(`The messages ${messagesFile(lang)} answered ${response.status}.`);
  return new Localizer(lang, await response.json() as Record<string, Message>);
})]));

export const loadWords = (lang: Language, assets: Fetcher, ctx: Pick<ExecutionContext, 'waitUntil'>) => readers.get(lang)!(assets, ctx);
