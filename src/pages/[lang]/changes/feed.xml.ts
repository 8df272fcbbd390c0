/**
 * /{locale}/changes/feed.xml: the revision log as an Atom feed, one entry per revision, each linking its entry on
 * the changes page and every passage it revised (at the passage's anchor). Links are relative to the feed; see
 * src/lib/changes/atom.ts for why, and for the ids. What it writes is checked (src/lib/changes/atom-schema.ts).
 */
import type { APIRoute } from 'astro';
import { langOf } from '../../../i18n/locales.ts';
import { atomFeed } from '../../../lib/changes/atom.ts';
import { checkedAtom } from '../../../lib/changes/atom-schema.ts';
import { anchorOf, passagesOf, type Change } from '../../../lib/changes/log.ts';
import { changedPairs, wordDiff } from '../../../lib/changes/diff.ts';
import { loadChanges } from '../../../lib/changes/content.ts';
import { passagePlaces, unitPlaces } from '../../../lib/document/places.ts';
import { localePaths, routes } from '../../../lib/routes.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ locals }) => {
  const { locale, t, url: link, document } = locals;
  const path = routes.changesFeed(locale);
  const places = await passagePlaces(locale);
  const units = await unitPlaces(locale);
  /** Each revised unit in one line: “IV (3), third sentence: “within …” → “at …””. */
  const lines = (change: Change) =>
    change.records
      .filter((r) => r.was !== undefined)
      .map((r) =>
        t('changes.line', {
          place: units.get(r.unit)!.name,
          pairs: changedPairs(wordDiff(r.was!, r.now, r.in))
            .map((pair) => t('changes.pair', pair))
            .join('; '),
        }),
      );
  const site = process.env.SITE_URL?.replace(/\/$/, '');
  const xml = atomFeed({
    lang: langOf(locale),
    document: document.id,
    locale,
    title: `${t('changes.title')} · ${document.short}`,
    subtitle: t('changes.feedSubtitle'),
    author: t('changes.author'),
    self: link(path),
    page: link(routes.changes(locale)),
    ...(site && { base: site + path }),
    entries: (await loadChanges()).map((change) => ({
      change,
      title: change.title[locale],
      summary: [change.summary[locale], ...lines(change)].join('\n\n'),
      page: link(routes.changes(locale, anchorOf(change))),
      passages: passagesOf(change).map((id) => ({ href: link(places.get(id)!.path), title: places.get(id)!.name })),
    })),
  });
  // Read back with an XML parser and checked against RFC 4287: a malformed feed stops the build.
  return new Response(checkedAtom(xml, path.slice(1)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
