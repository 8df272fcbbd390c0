/// <reference types="astro/client" />
declare namespace App {
  /** Set once per page by src/middleware.ts. */
  interface Locals {
    locale: import('./i18n/index.ts').Locale;
    /** This page's site path, e.g. /zh/p3/. */
    path: string;
    /** The interface string for a key, in this page's language (keys are typed). */
    t: import('./i18n/index.ts').Translate;
    /** The URL of a site path (from src/lib/routes.ts) as written on this page: relative, so mirrors work. */
    url: (target: string) => string;
    /** This page's site path in the other language. */
    twin: string;
  }
}
