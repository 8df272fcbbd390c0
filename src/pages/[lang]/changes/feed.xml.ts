/**
 * /{locale}/changes/feed.xml: the revision log as an Atom feed, one entry per revision, each linking its entry on
 * the changes page and every passage it revised (at the passage's anchor). Links are relative to the feed; see
 * src/lib/changes/atom.ts for why, and for the ids. What it writes is checked (src/lib/changes/atom-schema.ts).
 */
import type { APIRoute } from 'astro';
import { langOf } from '../../../i18n/locales.ts';
import { atomFeed } from '../../../lib/changes/atom.ts';
import { checkedAtom } from '../../../lib/changes/atom-schema.ts';
import { anchorOf } from '../../../lib/changes/log.ts';
import { loadChanges } from '../../../lib/changes/content.ts';
import { passagePlaces } from '../../../lib/document/places.ts';
import { readableDate } from '../../../lib/readable-date.ts';
import { localePaths, routes } from '../../../lib/routes.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ locals }) => {
  const { locale, t, url: link, document } = locals;
  const path = routes.changesFeed(locale);
  const places = await passagePlaces(locale);
  const site = process.env.SITE_URL?.replace(/\/$/, '');
  const xml = atomFeed({
    lang: langOf(locale),
    locale,
    title: `${t('changes.title')} · ${document.short}`,
    subtitle: t('changes.feedSubtitle'),
    author: t('changes.author'),
    self: link(path),
    page: link(routes.changes(locale)),
    ...(site && { base: site + path }),
    entries: (await loadChanges()).map((change) => ({
      change,
      title: t('changes.entry', { date: readableDate(change.date, locale), time: change.time }),
      summary: change.summary[locale],
      page: link(routes.changes(locale, anchorOf(change))),
      passages: change.items.map((id) => ({ href: link(places.get(id)!.path), title: places.get(id)!.name })),
    })),
  });
  // Read back with an XML parser and checked against RFC 4287: a malformed feed stops the build.
  return new Response(checkedAtom(xml, path.slice(1)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
