/// <reference types="astro/client" />
declare namespace App {
  /** Set once per page by src/middleware.ts. */
  interface Locals {
    locale: import('./i18n/locales.ts').Locale;
    /** This page's site path, e.g. /zh/p3/. */
    path: string;
    /** The interface string for a key, in this page's language (keys are typed). */
    t: import('./i18n/index.ts').Translate;
    /** The URL of a site path (from src/lib/routes.ts) as written on this page: relative, so mirrors work. */
    url: (target: string) => string;
    /** This page in each other language, in the locale table's order. */
    twins: { locale: import('./i18n/locales.ts').Locale; path: string }[];
    /** The language this page is read beside (side by side, an item's other language): see counterpartOf. */
    counterpart: import('./i18n/locales.ts').Locale;
    /** The document's id, and its names and issuer in this page's language (src/content/documents.yaml). */
    document: import('./lib/document/content.ts').DocumentNamesIn;
  }
}
