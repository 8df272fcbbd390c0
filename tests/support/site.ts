/**
 * What the tests share about the site: its languages (from the locale table), what a reader of each should see, one
 * page of every kind, and the two screens most tests look at.
 */

import { locales, type Locale } from '../../src/i18n/locales.ts';

/** The languages, from the locale table: a language added there is tested here, every check of every page. */
export const LOCALES = locales;

/**
 * What a reader of `locale` should see, written out for every language of the table: a language added there fails
 * type-checking here until someone writes what its readers should see.
 */
export function expectedIn<T>(locale: Locale, expected: Record<Locale, T>): T {
  return expected[locale];
}

/**
 * One page of every kind, as a path below a language's folder ('' is its contents; the search page with results):
 * what the layout tests (frame, reflow) look at in every language.
 */
export const PAGE_KINDS = [
  '',
  'p3/',
  'p4/',
  'p4/bilingual/',
  'full/',
  'glossary/',
  'regions/',
  'regions/hohhot/',
  'search/?q=%E5%A4%8D%E5%B7%A5',
  'about/',
  'changes/',
];

/** The two screens most tests look at: a phone (where Lighthouse looks) and a desktop. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
