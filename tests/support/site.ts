/** The built site's pages, read from dist/ so that tests cover what is really there. */

export const LOCALES = ['zh', 'en'] as const;

/** The two screens most tests look at: a phone (where Lighthouse looks) and a desktop. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
