/** The one place that reads the policy and outline collections and hands the document model to pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDocument, type OutlineFacts, type PassageEntry, type PolicyDocument } from './model.ts';
import { assemblePassages, outlineFacts } from './assemble.ts';
import { byLocale, localeOfPath, locales, type Locale } from '../../i18n/locales.ts';
import { memo } from '../memo.ts';
import { checkReferences } from '../references/content.ts';

export type PolicyEntry = CollectionEntry<'policy'>;

async function outline(): Promise<Map<string, OutlineFacts>> {
  await checkReferences(); // the outline's regions are references: each must name a region
  return new Map(
    (await getCollection('outline')).map(({ id, data }) => [
      id,
      outlineFacts({
        source: data.source,
        sentences: Object.fromEntries(
          Object.entries(data.sentences ?? {}).map(([n, a]) => [
            n,
            typeof a === 'string' ? a : { named: a.named.map((r) => r.id), ...(a.open && { open: a.open }) },
          ]),
        ),
      }),
    ]),
  );
}

async function read(): Promise<PassageEntry<PolicyEntry>[]> {
  const raw = (await getCollection('policy')).map((entry) => {
    const locale = localeOfPath(entry.id)!;
    return {
      filePath: entry.filePath ?? `src/content/policy/${entry.id}.mdx`,
      locale,
      id: entry.id.slice(locale.length + 1),
      ...entry.data,
      text: entry.body ?? '',
      body: entry,
    };
  });
  return assemblePassages(raw, await outline());
}

/** Every entry of every language, read once per build: every page asks for the document. */
const entries = memo(read);

/** The document in one language, read once per build and language. */
export const loadDocument = memo((locale: Locale) => entries().then((all) => buildDocument(all, locale)));

/** The document in every language. */
export async function loadDocuments(): Promise<Record<Locale, PolicyDocument<PolicyEntry>>> {
  const loaded = await Promise.all(locales.map((l) => loadDocument(l)));
  return byLocale((l) => loaded[locales.indexOf(l)]!);
}

/** The document's identity: its id, names, issuer and source (src/content/documents.yaml). */
export const loadIdentity = memo(async () => {
  const [entry, ...more] = await getCollection('documents');
  if (!entry || more.length)
    throw new Error('src/content/documents.yaml: the site presents one document; keep exactly one entry.');
  return { id: entry.id, ...entry.data };
});
export type DocumentIdentity = Awaited<ReturnType<typeof loadIdentity>>;

/** The document's names in one language, as a page in that language uses them. */
export function namesIn(identity: DocumentIdentity, locale: Locale) {
  return {
    id: identity.id,
    title: identity.title[locale],
    short: identity.short[locale],
    tiny: identity.tiny[locale],
    issuer: identity.issuer[locale],
  };
}
export type DocumentNamesIn = ReturnType<typeof namesIn>;
