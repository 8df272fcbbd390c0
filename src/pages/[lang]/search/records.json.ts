/** Each language's search index: its records as published, read by the browser when search opens. */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../i18n/index.ts';
import { collectSearchRecords } from '../../../lib/search-records.ts';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang }, props: { locale: lang as Locale } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify({ records: await collectSearchRecords(props.locale as Locale) }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
