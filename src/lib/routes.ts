/**
 * Every page's site path, in one table. Pages and components name targets through it and turn them into URLs
 * relative to the page that holds them with Astro.locals.url (./urls.ts); nothing else writes a path.
 */
import { localeOfPath, locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import { passageId, PREAMBLE, type Place } from './document/ids.ts';
import type { RecordFile } from './search/records.ts';

type Passage = Place & { id: string };

/** A part's page segment: p3. */
const partPage = (part: number) => passageId({ kind: 'part', part });

export const routes = {
  root: '/',
  home: (l: Locale) => `/${l}/`,
  /** A passage where it is read: the preamble on the contents page, a part's page, an item's anchor on it. */
  passage: (l: Locale, p: Passage) =>
    p.kind === 'preamble'
      ? `/${l}/#${PREAMBLE}`
      : p.kind === 'part'
        ? `/${l}/${partPage(p.part)}/`
        : `/${l}/${partPage(p.part)}/#${p.id}`,
  /** A sentence where it is read: its passage's page, at its own anchor (p4-3-2). */
  sentence: (l: Locale, id: string, place: Place) =>
    place.kind === 'preamble' ? `/${l}/#${id}` : `/${l}/${partPage(place.part)}/#${id}`,
  part: (l: Locale, part: number) => `/${l}/${partPage(part)}/`,
  bilingual: (l: Locale, part: number, anchor?: string) =>
    `/${l}/${partPage(part)}/bilingual/${anchor ? `#${anchor}` : ''}`,
  full: (l: Locale, anchor?: string) => `/${l}/full/${anchor ? `#${anchor}` : ''}`,
  glossary: (l: Locale, term?: string) => `/${l}/glossary/${term ? `#${term}` : ''}`,
  regions: (l: Locale) => `/${l}/regions/`,
  region: (l: Locale, id: string, anchor?: string) => `/${l}/regions/${id}/${anchor ? `#${anchor}` : ''}`,
  about: (l: Locale, anchor?: string) => `/${l}/about/${anchor ? `#${anchor}` : ''}`,
  search: (l: Locale) => `/${l}/search/`,
  /** Each language's search records, classic scripts loaded on first use (src/lib/search/records.ts). */
  searchRecords: (l: Locale, file: RecordFile = 'records') => `/${l}/search/${file}.js`,
  /** The revision log of the English, and its Atom feed. */
  changes: (l: Locale, anchor?: string) => `/${l}/changes/${anchor ? `#${anchor}` : ''}`,
  changesFeed: (l: Locale) => `/${l}/changes/feed.xml`,
  data: '/data/policy.json',
  /** A file copied or built to the site's root: site.css, favicon.svg. */
  asset: (name: string) => `/${name}`,
} as const;

/** The same page in another language: /zh/p3/ → /en/p3/. Pages outside a language's folder are their own twin. */
export function twinPath(path: string, locale: Locale): string {
  const own = localeOfPath(path);
  return own ? `/${locale}${path.slice(own.length + 1)}` : path;
}

/**
 * The language a page speaks, from its path. Unlike localeOfPath (none outside a language's folder), never none: pages
 * outside every language's folder (the entry and 404 pages) speak every language, led by the source's.
 */
export function pageLocale(path: string): Locale {
  return localeOfPath(path) ?? sourceLocale;
}

/** getStaticPaths for the routes under src/pages/[lang]/ that have one page per language. */
export function localePaths() {
  return locales.map((lang) => ({ params: { lang } }));
}
