/** The built site's pages, read from dist/ so that tests cover what is really there. */

import { locales } from '../../src/i18n/locales.ts';

/** The languages, from the locale table: a language added there is tested here, every check of every page. */
export const LOCALES = locales;

/** The two screens most tests look at: a phone (where Lighthouse looks) and a desktop. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
