/** getStaticPaths helpers shared by the routes under src/pages/[lang]/. */
import { locales, type Locale } from '../i18n/index.ts';

export function localePaths() {
  return locales.map((lang) => ({ params: { lang }, props: { locale: lang as Locale } }));
}
