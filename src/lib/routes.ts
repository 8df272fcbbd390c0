/**
 * Every page's site path, in one table. Pages and components name targets through it and turn them into URLs
 * relative to the page that holds them with Astro.locals.url (./urls.ts); nothing else writes a path.
 */
import { locales, type Locale } from '../i18n/index.ts';
import type { Place } from './document/naming.ts';

type Passage = Place & { id: string };

export const routes = {
  root: '/',
  home: (l: Locale) => `/${l}/`,
  /** A passage where it is read: the preamble on the contents page, a part's page, an item's anchor on it. */
  passage: (l: Locale, p: Passage) =>
    p.kind === 'preamble' ? `/${l}/#preamble` : p.kind === 'part' ? `/${l}/p${p.part}/` : `/${l}/p${p.part}/#${p.id}`,
  part: (l: Locale, part: number) => `/${l}/p${part}/`,
  bilingual: (l: Locale, part: number, item?: string) => `/${l}/p${part}/bilingual/${item ? `#${item}` : ''}`,
  full: (l: Locale, anchor?: string) => `/${l}/full/${anchor ? `#${anchor}` : ''}`,
  glossary: (l: Locale, term?: string) => `/${l}/glossary/${term ? `#${term}` : ''}`,
  regions: (l: Locale) => `/${l}/regions/`,
  region: (l: Locale, id: string) => `/${l}/regions/${id}/`,
  about: (l: Locale, anchor?: string) => `/${l}/about/${anchor ? `#${anchor}` : ''}`,
  search: (l: Locale) => `/${l}/search/`,
  /** Each language's search records, a classic script loaded on first use. */
  searchRecords: (l: Locale) => `/${l}/search/records.js`,
  /** The revision log of the English, and its Atom feed. */
  changes: (l: Locale, anchor?: string) => `/${l}/changes/${anchor ? `#${anchor}` : ''}`,
  changesFeed: (l: Locale) => `/${l}/changes/feed.xml`,
  data: '/data/policy.json',
  /** A file copied or built to the site's root: site.css, favicon.svg. */
  asset: (name: string) => `/${name}`,
} as const;

/** The same page in the other language: /zh/p3/ ↔ /en/p3/. Pages outside /zh/ and /en/ are their own twin. */
export function twinPath(path: string, locale: Locale): string {
  return path.replace(/^\/(zh|en)\//, `/${locale}/`);
}

/** The page's language from its path; pages outside /zh/ and /en/ (the entry and 404 pages) are bilingual, led by Chinese. */
export function localeOfPath(path: string): Locale {
  return locales.find((l) => path.startsWith(`/${l}/`)) ?? 'zh';
}

/** getStaticPaths for the routes under src/pages/[lang]/ that have one page per language. */
export function localePaths() {
  return locales.map((lang) => ({ params: { lang } }));
}
