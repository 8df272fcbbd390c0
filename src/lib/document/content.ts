/** The one place that reads the policy and outline collections and hands the document model to pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDocument, passageData, type OutlineFacts, type PassageEntry, type PolicyDocument } from './model.ts';
import type { Locale } from '../../i18n/index.ts';

export type PolicyEntry = CollectionEntry<'policy'>;

/** The language of an entry filed under {zh,en}/: 'en/p3-4' → en. */
export const localeOf = (id: string): Locale => (id.startsWith('en/') ? 'en' : 'zh');
const OUTLINE = 'src/content/outline.yaml';

async function outline(): Promise<Map<string, OutlineFacts>> {
  return new Map(
    (await getCollection('outline')).map(({ id, data }) => [id, { ...data, regions: data.regions.map((r) => r.id) }]),
  );
}

let entries: Promise<PassageEntry<PolicyEntry>[]> | undefined;

async function read(): Promise<PassageEntry<PolicyEntry>[]> {
  const facts = await outline();
  const found = (await getCollection('policy')).map((entry) => {
    const filePath = entry.filePath ?? `src/content/policy/${entry.id}.mdx`;
    const id = entry.id.replace(/^(zh|en)\//, '');
    const known = facts.get(id);
    if (!known)
      throw new Error(
        `${filePath}: '${id}' has no line in ${OUTLINE}; add one saying what the source gives (source: full | heading-only | absent).`,
      );
    return {
      filePath,
      locale: localeOf(entry.id),
      data: passageData(id, filePath, localeOf(entry.id), entry.data.heading, known),
      body: entry,
    };
  });
  for (const id of facts.keys())
    if (!found.some((e) => e.data.id === id))
      throw new Error(
        `${OUTLINE}: '${id}' has no policy file; add src/content/policy/zh/${id}.mdx and its English twin, or remove the line.`,
      );
  return found;
}

/** Read once per build: every page asks for the document, and rereading per page would grow with pages × entries. */
const documents = new Map<Locale, Promise<PolicyDocument<PolicyEntry>>>();

export function loadDocument(locale: Locale): Promise<PolicyDocument<PolicyEntry>> {
  let document = documents.get(locale);
  if (!document) documents.set(locale, (document = (entries ??= read()).then((all) => buildDocument(all, locale))));
  return document;
}
