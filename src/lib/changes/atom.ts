/**
 * The Atom feed (RFC 4287) of the revision log, pure so that it is unit-tested.
 *
 * Identifiers: atom:id must be an absolute IRI (RFC 4287 §4.2.6; relative references are excluded), and must never
 * change, while the site has no address of its own and may be served anywhere. So ids are tag URIs (RFC 4151),
 * minted under the one address this project records as its own (its commits' author address) on the day the
 * project began: they depend on no host the copy is served from.
 *
 * Links: atom:link/@href is an IRI *reference* (§4.2.7.1), so relative references are allowed; with no xml:base they
 * resolve against the feed document's own URI (§2 and RFC 3986 §5.1.3), wherever the copy is served. An xml:base is
 * written only when the public address is known at build time (SITE_URL), as the pages' canonical links are.
 */
import { instant, type Change } from './log.ts';

/** The tagging entity of every id: an address and a date on which it was this project's (RFC 4151 §2.1). */
export const TAGGING_ENTITY = 'maintainers@users.noreply.r-seed-b6c89989.example,2026-11-28';

export interface FeedLink {
  href: string;
  title: string;
}
export interface FeedEntry {
  change: Change;
  title: string;
  summary: string;
  page: string;
  passages: FeedLink[];
}
export interface Feed {
  lang: string;
  /** 'zh' or 'en': part of each id, so that the two languages' entries are not taken for one. */
  locale: string;
  title: string;
  subtitle: string;
  author: string;
  /** Relative references from the feed: to itself, and to the changes page. */
  self: string;
  page: string;
  /** The feed's absolute address, when known at build time; written as xml:base. */
  base?: string;
  entries: FeedEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const tagUri = (locale: string, id?: string) => `tag:${TAGGING_ENTITY}:changes/${locale}${id ? `/${id}` : ''}`;

export function atomFeed(feed: Feed): string {
  // No revision yet: Atom still needs <updated>; the epoch says "never" without inventing a date.
  const updated = feed.entries[0] ? instant(feed.entries[0].change) : '1970-01-01T00:00:00Z';
  const base = feed.base ? ` xml:base="${escapeXml(feed.base)}"` : '';
  const entries = feed.entries.map(({ change, title, summary, page, passages }) =>
    [
      '  <entry>',
      `    <id>${tagUri(feed.locale, change.id)}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${instant(change)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
      ...passages.map(
        (p) => `    <link rel="related" type="text/html" href="${escapeXml(p.href)}" title="${escapeXml(p.title)}"/>`,
      ),
      `    <summary type="text">${escapeXml(summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}"${base}>`,
    `  <id>${tagUri(feed.locale)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
