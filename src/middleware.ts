/**
 * Route data, computed once per page (Starlight's pattern): the page's language, its translator and a URL helper
 * on Astro.locals, so that components take no path props; most take no locale either, and those that also render in a
 * language other than their page's (side-by-side halves, the entry and 404 pages in every language) take it as a prop.
 */
import { defineMiddleware } from 'astro:middleware';
import { translator } from './i18n/index.ts';
import { counterpartOf, othersOf } from './i18n/locales.ts';
import { pageLocale, twinPath } from './lib/routes.ts';
import { relativeUrl } from './lib/urls.ts';
import { loadIdentity, namesIn } from './lib/document/content.ts';
import { checkReferences } from './lib/references/content.ts';
import { checkWording } from './lib/wording/content.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // Before any page reads the collections: a reference to a missing entry stops the build, naming file and field.
  await checkReferences();
  // Every text a reader meets, in every language, keeps the house style and the glossary's terms.
  await checkWording();
  // The 404 page is built as /404.html; its links are written for the site root (see src/pages/404.astro).
  const path = /^\/404\/?$/.test(context.url.pathname) ? '/404.html' : context.url.pathname;
  const locale = pageLocale(path);
  Object.assign(context.locals, {
    locale,
    path,
    t: translator(locale),
    url: (target: string) => relativeUrl(path, target),
    twins: othersOf(locale).map((other) => ({ locale: other, path: twinPath(path, other) })),
    counterpart: counterpartOf(locale),
    document: namesIn(await loadIdentity(), locale),
  });
  return next();
});
