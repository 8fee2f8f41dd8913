// The languages and the Localizer, without a browser: which language a reader gets, and messages filled with
// plural forms, dates of each precision as each language's grammar puts them, numbers, lists and names.
import { describe, expect, it } from 'vitest';
import { acceptedLanguages, chooseLanguage, direction, fixedWords, Localizer, negotiate, type Message } from '../../data/i18n';

const messages = (extra: Record<string, Message> = {}) => ({
  notKnown: 'not known', nameUssr: 'USSR', nameCzechoslovakia: 'Czechoslovakia',
  whenDay: 'on {date}', whenMonth: 'in {date}', whenYear: 'in {date}', sinceDay: 'since {date}', sinceMonth: 'since {date}', sinceYear: 'since {date}',
  ...extra,
});

describe('choosing the language', () => {
  it('takes the first of the reader\'s languages the atlas speaks, by its primary subtag', () => {
    expect(negotiate(['de-DE', 'pt-BR', 'en'])).toBe('pt');
    expect(negotiate(['UK', 'en'])).toBe('uk');
    expect(negotiate(['de', 'it'])).toBeNull();
  });

  it('reads Accept-Language in order of quality, without the languages refused', () => {
    expect(acceptedLanguages('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual(['fr-CH', 'fr', 'en', 'de', '*']);
    expect(acceptedLanguages('en;q=0.1, ar;q=0.9, es;q=0')).toEqual(['ar', 'en']);
    expect(acceptedLanguages(null)).toEqual([]);
    expect(acceptedLanguages(`${'x,'.repeat(10_000)}es`)).not.toContain('es');
  });

  it('prefers ?lang=, then the reader, then English', () => {
    expect(chooseLanguage('ar', ['fr'])).toBe('ar');
    expect(chooseLanguage('xx', ['fr'])).toBe('fr');
    expect(chooseLanguage(null, ['de'])).toBe('en');
    expect(direction('ar')).toBe('rtl');
    expect(direction('uk')).toBe('ltr');
  });

  it('reads the attributes an element names for translation', () => {
    expect(fixedWords('aria-label:mapLabel  placeholder:searchPlaceholder')).toEqual([['aria-label', 'mapLabel'], ['placeholder', 'searchPlaceholder']]);
  });
});

describe('Localizer', () => {
  it('fills placeholders, formats numbers, and takes the plural form a count needs', () => {
    const suggestions = { one: '{count} suggestion', other: '{count} suggestions' };
    const en = new Localizer<string>('en', messages({ suggestions, hello: 'Hello, {name}' }));
    expect(en.text('hello', { name: 'Kyiv' })).toBe('Hello, Kyiv');
    expect(en.text('suggestions', { count: 1 })).toBe('1 suggestion');
    expect(en.text('suggestions', { count: 1234 })).toBe('1,234 suggestions');
    const uk = new Localizer<string>('uk', messages({ suggestions: { one: '{count} підказка', few: '{count} підказки', many: '{count} підказок', other: '{count} підказки' } }));
    expect([1, 2, 5, 21, 22, 25].map((count) => uk.text('suggestions', { count }))).toEqual(['1 підказка', '2 підказки', '5 підказок', '21 підказка', '22 підказки', '25 підказок']);
    const ar = new Localizer<string>('ar', messages({ suggestions: { zero: 'لا اقتراحات', one: 'اقتراح واحد', two: 'اقتراحان', few: '{count} اقتراحات', many: '{count} اقتراحًا', other: '{count} اقتراح' } }));
    expect([0, 1, 2, 3, 11, 100].map((count) => ar.text('suggestions', { count }))).toEqual(['لا اقتراحات', 'اقتراح واحد', 'اقتراحان', '3 اقتراحات', '11 اقتراحًا', '100 اقتراح']);
    expect(() => en.text('suggestions')).toThrow(/needs a count/);
    expect(() => en.text('missing')).toThrow(/No message "missing" in en/);
  });

  it('ends a sentence once when a value ends with a full stop', () => {
    const l = new Localizer<string>('en', messages({ sentence: 'Signed with the {who}.' }));
    expect(l.text('sentence', { who: 'U.S.' })).toBe('Signed with the U.S.');
    expect(l.text('sentence', { who: 'EU' })).toBe('Signed with the EU.');
  });

  it('writes a year, a month or a day as each language does, and "not known" for none', () => {
    const en = new Localizer<string>('en', messages());
    expect(['2016-05-23', '1997-05', '1990'].map((d) => en.date(d))).toEqual(['23 May 2016', 'May 1997', '1990']);
    expect(en.date(null)).toBe('not known');
    expect(new Localizer<string>('es', messages()).date('2016-05-23')).toBe('23 de mayo de 2016');
    expect(new Localizer<string>('fr', messages()).date('2015-01-01')).toBe('1er janvier 2015');
    expect(new Localizer<string>('pt', messages()).date('2015-01-01')).toBe('1º de janeiro de 2015');
    expect(new Localizer<string>('uk', messages()).date('2016-05-23')).toBe('23 травня 2016\u202fр.');
    expect(new Localizer<string>('ar', messages()).date('2016-05-23')).toMatch(/^(23|٢٣) مايو (2016|٢٠١٦)$/);
  });

  it('puts a date in a sentence by its precision, with the month in the case the grammar needs', () => {
    const uk = new Localizer<string>('uk', messages({ whenDay: '{date}', whenMonth: 'у {dateLocative}', whenYear: 'у {date} р.', sinceMonth: 'з {dateGenitive}' }));
    // Intl writes "р." (рік) after a narrow no-break space.
    const r = '\u202fр.';
    expect(uk.when('2016-05-23')).toBe(`23 травня 2016${r}`);
    expect(['1997-02', '1997-05', '1997-11'].map((d) => uk.when(d))).toEqual([`у лютому 1997${r}`, `у травні 1997${r}`, `у листопаді 1997${r}`]);
    expect(uk.when('1990')).toBe('у 1990 р.');
    expect(uk.since('1997-05')).toBe(`з травня 1997${r}`);
    const en = new Localizer<string>('en', messages());
    expect(en.dated('signed', '1997-05')).toEqual({ signed: 'May 1997', signedWhen: 'in May 1997', signedSince: 'since May 1997' });
  });

  it('names countries by Intl in other languages, the former states from its messages, and keeps the dataset\'s English names', () => {
    const ukraine = { name: 'Ukraine', iso2: 'UA' };
    expect(new Localizer<string>('en', messages()).country({ name: 'Cabo Verde', iso2: 'CV' })).toBe('Cabo Verde');
    expect(new Localizer<string>('es', messages()).country(ukraine)).toBe('Ucrania');
    expect(new Localizer<string>('uk', messages()).country(ukraine)).toBe('Україна');
    expect(new Localizer<string>('ar', messages()).country(ukraine)).toBe('أوكرانيا');
    expect(new Localizer<string>('fr', messages()).country({ name: 'European Union', iso2: 'EU', type: 'union' })).toBe('Union européenne');
    expect(new Localizer<string>('pt', messages({ nameUssr: 'União Soviética' })).country({ name: 'Union of Soviet Socialist Republics', iso2: 'SU', type: 'former' })).toBe('União Soviética');
    expect(new Localizer<string>('es', messages()).country({ name: 'Hong Kong', iso2: 'HK' })).toBe('Hong Kong');
    expect(new Localizer<string>('es', messages()).country({ name: 'Nowhere', iso2: null })).toBe('Nowhere');
  });
});
