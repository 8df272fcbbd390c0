/** Each language's search records (records.js, more.js, cross.js), classic scripts the browser runs on first use. */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../i18n/index.ts';
import { collectSearchRecords } from '../../../lib/search/collect.ts';
import { RECORD_FILES, recordsScript, type RecordFile } from '../../../lib/search/records.ts';

export function getStaticPaths() {
  return locales.flatMap((lang) =>
    RECORD_FILES.map((file) => ({ params: { lang, file }, props: { locale: lang as Locale, file } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { locale, file } = props as { locale: Locale; file: RecordFile };
  return new Response(recordsScript(locale, file, await collectSearchRecords(locale, file)), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
};
