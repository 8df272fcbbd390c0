/** The one place that reads the policy collection and hands the document model to pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDocument, type PassageEntry, type PolicyDocument } from './document.ts';
import type { Locale } from '../i18n/index.ts';

export type PolicyEntry = CollectionEntry<'policy'>;

/** The language of a collection entry filed under {zh,en}/: 'en/p3-4' → en. */
export const localeOf = (id: string): Locale => (id.startsWith('en/') ? 'en' : 'zh');

let entries: PassageEntry<PolicyEntry>[] | undefined;

async function policyEntries(): Promise<PassageEntry<PolicyEntry>[]> {
  entries ??= (await getCollection('policy')).map((entry) => ({
    filePath: entry.filePath ?? `src/content/policy/${entry.id}.mdx`,
    locale: localeOf(entry.id),
    data: entry.data,
    body: entry,
  }));
  return entries;
}

/**
 * Built once per language: every page asks for the document (its header's search form too), and
 * rebuilding it per page would make the build grow with pages × entries (issue 7: linear growth).
 */
const documents = new Map<Locale, Promise<PolicyDocument<PolicyEntry>>>();

export function loadDocument(locale: Locale): Promise<PolicyDocument<PolicyEntry>> {
  let document = documents.get(locale);
  if (!document) documents.set(locale, (document = policyEntries().then((all) => buildDocument(all, locale))));
  return document;
}
