/**
 * The Atom feed (RFC 4287) of the revision log, pure so that it is unit-tested.
 *
 * Identifiers: atom:id must be an absolute IRI (RFC 4287 §4.2.6; relative references are excluded), and must never
 * change, while the site has no address of its own and may be served anywhere. So ids are urn:uuid: URNs (RFC 9562)
 * derived from what the feed and each entry are (the document, the language, the revision's file name), by SHA-256:
 * they depend on no host the copy is served from, and no mirror can change them.
 *
 * Links: atom:link/@href is an IRI *reference* (§4.2.7.1), so relative references are allowed; with no xml:base they
 * resolve against the feed document's own URI (§2 and RFC 3986 §5.1.3), wherever the copy is served. An xml:base is
 * written only when the public address is known at build time (SITE_URL), as the pages' canonical links are.
 */
import { createHash } from 'node:crypto';
import { instant, type Change } from './log.ts';

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
  /** The document's id and the feed's language: part of each id, so no two feeds' entries are taken for one. */
  document: string;
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

/** A name-based UUID (RFC 9562 version 8, from SHA-256) as a URN. */
export function uuidUrn(name: string): string {
  const bytes = createHash('sha256').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The feed's id, or an entry's: the same wherever the feed is served. */
export const feedId = (feed: Pick<Feed, 'document' | 'locale'>, change?: string) =>
  uuidUrn(`${feed.document}/changes/${feed.locale}${change ? `/${change}` : ''}`);

export function atomFeed(feed: Feed): string {
  // No revision yet: Atom still needs <updated>; the epoch says "never" without inventing a date.
  const updated = feed.entries[0] ? instant(feed.entries[0].change) : '1970-01-01T00:00:00Z';
  const base = feed.base ? ` xml:base="${escapeXml(feed.base)}"` : '';
  const entries = feed.entries.map(({ change, title, summary, page, passages }) =>
    [
      '  <entry>',
      `    <id>${feedId(feed, change.id)}</id>`,
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
    `  <id>${feedId(feed)}</id>`,
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
