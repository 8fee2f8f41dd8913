// The page's messages in every language: the same keys as English, every plural form each language needs, the
// same placeholders, and no message that nothing uses. A missing, extra or unused message fails here.
import { describe, expect, it } from 'vitest';
import { languages, type Language, type Message } from '../../data/i18n';
import ar from '../../web/src/messages/ar';
import en from '../../web/src/messages/en';
import es from '../../web/src/messages/es';
import fr from '../../web/src/messages/fr';
import pt from '../../web/src/messages/pt';
import laterAr from '../../web/src/messages/later/ar';
import laterEn from '../../web/src/messages/later/en';
import laterEs from '../../web/src/messages/later/es';
import laterFr from '../../web/src/messages/later/fr';
import laterPt from '../../web/src/messages/later/pt';
import laterUk from '../../web/src/messages/later/uk';
import servedAr from '../../web/src/messages/served/ar';
import servedEn from '../../web/src/messages/served/en';
import servedEs from '../../web/src/messages/served/es';
import servedFr from '../../web/src/messages/served/fr';
import servedPt from '../../web/src/messages/served/pt';
import servedUk from '../../web/src/messages/served/uk';
import uk from '../../web/src/messages/uk';

/**
 * Every message of each language: the page's, those of the parts it loads when opened (report form, corrections
 * log, embed dialog) and those only the Worker writes (no key in two of these).
 */
const catalogues: Record<Language, Record<string, Message>> = {
  en: { ...en, ...laterEn, ...servedEn },
  es: { ...es, ...laterEs, ...servedEs },
  fr: { ...fr, ...laterFr, ...servedFr },
  pt: { ...pt, ...laterPt, ...servedPt },
  uk: { ...uk, ...laterUk, ...servedUk },
  ar: { ...ar, ...laterAr, ...servedAr },
};
const english = catalogues.en;

const datePhrases = ['whenDay', 'whenMonth', 'whenYear', 'sinceDay', 'sinceMonth', 'sinceYear'];
const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m) as string[]);
const placeholders = (m: Message) => [...new Set(texts(m).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((p) => p[1])))].sort();

/** The plural categories a language uses for whole numbers, as Intl selects them. */
function categories(lang: Language): string[] {
  const rules = new Intl.PluralRules(lang);
  return [...new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)))].sort();
}

/** The code and pages a message could be used in, the catalogues themselves excepted. */
const sources = {
  ...import.meta.glob(['../../web/**/*.{ts,html}', '!../../web/src/messages/**', '!../../web/dist/**', '!../../web/generated/**'], { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob(['../../data/*.ts', '../../worker/**/*.ts'], { query: '?raw', import: 'default', eager: true }),
} as Record<string, string>;

describe('messages', () => {
  it('are in one group alone: the page\'s, its later parts\' or the Worker\'s', () => {
    const keys = [en, laterEn, servedEn].flatMap((group) => Object.keys(group));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it.each(languages)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(languages)('%s has every plural form it needs, and the same placeholders as English', (lang) => {
    const needed = categories(lang);
    for (const [key, message] of Object.entries(catalogues[lang])) {
      const source = english[key];
      expect(typeof message, key).toBe(typeof source);
      if (typeof message !== 'string') {
        for (const category of needed) expect(message[category as keyof typeof message], `${key}.${category}`).toBeTypeOf('string');
      }
      if (datePhrases.includes(key)) {
        // Said with the date alone, or with its month in the case the language's grammar needs there.
        expect(placeholders(message).filter((p) => !['date', 'dateGenitive', 'dateLocative'].includes(p)), key).toEqual([]);
      } else {
        // A plural message may say its count or not ("one field"), in any language; a date may be said alone
        // or as "on …" or "since …" (`{signed}`, `{signedWhen}`, `{signedSince}`: Localizer.dated).
        const said = (m: Message) => [...new Set(placeholders(m).filter((p) => typeof m === 'string' || p !== 'count').map((p) => p.replace(/(When|Since)$/, '')))].sort();
        expect(said(message), key).toEqual(said(source));
      }
      for (const text of texts(message)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('are all used: each key appears in the code or a page', () => {
    const code = Object.values(sources).join('\n');
    const unused = Object.keys(english).filter((key) => !new RegExp(`['"\`:]${key}['"\`\\s]`).test(code));
    expect(unused).toEqual([]);
  });

  it('are translated: a message the same as its English is only one made of names, codes and placeholders', () => {
    // Words that are the same in a language and in English: a cognate, or a name.
    const same: Partial<Record<Language, string[]>> = {
      es: ['reconcileOrdinal'],
      fr: ['searchSuggestions', 'pause', 'correctionsTitle', 'fieldSources', 'fieldNotes', 'factNotes', 'sourcesTitle', 'reconcileSource', 'reconcileColumnSource', 'suggestionCount'],
      pt: ['reconcileOrdinal'],
    };
    const wordless = (m: Message) => texts(m).every((t) => !/\p{L}/u.test(t.replace(/\{\w+\}/g, '')));
    for (const lang of languages.filter((l) => l !== 'en')) {
      const untranslated = Object.keys(english).filter((key) => JSON.stringify(catalogues[lang][key]) === JSON.stringify(english[key]))
        .filter((key) => !wordless(english[key]) && !same[lang]?.includes(key));
      expect(untranslated, lang).toEqual([]);
    }
  });
});
