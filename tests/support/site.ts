/** The built site's pages, read from dist/ so that tests cover what is really there. */

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

/** The two screens most tests look at: a phone (where Lighthouse looks) and a desktop. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
