/**
 * /{zh,en}/changes/feed.xml: the revision log as an Atom feed, one entry per revision, each linking its entry on
 * the changes page and every passage it revised (at the passage's anchor). Links are relative to the feed; see
 * src/lib/changes/atom.ts for why, and for the ids.
 */
import type { APIRoute } from 'astro';
import { htmlLang, translator, type Locale } from '../../../i18n/index.ts';
import { atomFeed } from '../../../lib/changes/atom.ts';
import { anchorOf } from '../../../lib/changes/log.ts';
import { loadChanges, passagePlaces, readableDate } from '../../../lib/changes/content.ts';
import { localePaths } from '../../../lib/paths.ts';
import { relativeUrl } from '../../../lib/urls.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = translator(locale);
  const path = `/${locale}/changes/feed.xml`;
  const link = (target: string) => relativeUrl(path, target);
  const places = await passagePlaces(locale);
  const site = process.env.SITE_URL?.replace(/\/$/, '');
  const xml = atomFeed({
    lang: htmlLang[locale],
    locale,
    title: `${t('changes.title')} · ${t('site.short')}`,
    subtitle: t('changes.feedSubtitle'),
    author: t('changes.author'),
    self: link(path),
    page: link(`/${locale}/changes/`),
    ...(site && { base: site + path }),
    entries: (await loadChanges()).map((change) => ({
      change,
      title: t('changes.entry', { date: readableDate(change.date, locale), time: change.time }),
      summary: change.summary[locale],
      page: link(`/${locale}/changes/#${anchorOf(change)}`),
      passages: change.items.map((id) => ({ href: link(places.get(id)!.path), title: places.get(id)!.name })),
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
