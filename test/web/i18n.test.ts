// The page's additions to the Localizer: messages as HTML, lists and the order of names, in each language.
import { describe, expect, it } from 'vitest';
import en from '../../web/src/messages/en';
import es from '../../web/src/messages/es';
import { english, PageLocalizer } from '../../web/src/i18n';

describe('PageLocalizer', () => {
  it('escapes an HTML message and its text, but not the HTML given', () => {
    const l = new PageLocalizer('en', { ...en, tagline: '<{who}> & {link}' });
    expect(l.html('tagline', { who: '<b>', link: { html: '<a href="/">home</a>' } })).toBe('&#60;&#60;b&#62;&#62; &#38; <a href="/">home</a>');
  });

  it('joins lists and orders names as the language does', () => {
    expect(english.list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(new PageLocalizer('es', es).list(['A', 'B'])).toBe('A y B');
    expect(['Österreich', 'Zypern', 'Ägypten'].sort(english.compare)).toEqual(['Ägypten', 'Österreich', 'Zypern']);
  });
});
