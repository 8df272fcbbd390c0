/** Site paths of the pages, in one place. */
import type { Locale } from '../i18n/index.ts';

/** The same page in the other language: /zh/p3/ ↔ /en/p3/. The bilingual entry page is its own twin. */
export function twinPath(path: string, locale: Locale): string {
  return path.replace(/^\/(zh|en)\//, `/${locale}/`);
}
