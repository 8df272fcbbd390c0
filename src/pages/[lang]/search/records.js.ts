/** Each language's search records, as a classic script the browser runs when search is first used. */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../i18n/index.ts';
import { collectSearchRecords } from '../../../lib/search/collect.ts';
import { recordsScript } from '../../../lib/search/records.ts';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang }, props: { locale: lang as Locale } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(recordsScript(props.locale, await collectSearchRecords(props.locale as Locale)), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
