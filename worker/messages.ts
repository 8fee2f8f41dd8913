// The pages' words in each language, as the build wrote them among the static assets (data/messages-file.ts):
// each language read once per isolate, on the first page asked for in it.

import { languages, Localizer, type Language, type Message } from '../data/i18n';
import { messagesFile, type MessagesFile } from '../data/messages-file';
import { readOnce } from './dataset';

/** A language's words, and the page's module of them (`null` for English), which its pages preload. */
export class ServedWords extends Localizer<string> {
  constructor(lang: Language, messages: Record<string, Message>, readonly script: string | null) {
    super(lang, messages);
  }
}

const readers = new Map(languages.map((lang) => [lang, readOnce(async (assets: Fetcher) => {
  const response = await assets.fetch(new Request(new URL(messagesFile(lang), 'https://assets.local')));
  if (!response.ok) throw new Error(`The messages ${messagesFile(lang)} answered ${response.status}.`);
  const file = await response.json() as MessagesFile;
  return new ServedWords(lang, file.messages, file.script);
})]));

export const loadWords = (lang: Language, assets: Fetcher, ctx: Pick<ExecutionContext, 'waitUntil'>) => readers.get(lang)!(assets, ctx);
