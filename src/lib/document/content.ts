/** The one place that reads the policy and outline collections and hands the document model to pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  buildDocument,
  passageData,
  type OutlineFacts,
  type PassageEntry,
  type PassageText,
  type PolicyDocument,
} from './model.ts';
import { alignSentences, splitSentences } from './sentences.ts';
import { passageParagraphs } from './text.ts';
import { byLocale, isSource, localeOfPath, locales, sourceLocale, spec, type Locale } from '../../i18n/locales.ts';
import { memo } from '../memo.ts';

export type PolicyEntry = CollectionEntry<'policy'>;

const OUTLINE = 'src/content/outline.yaml';

async function outline(): Promise<Map<string, OutlineFacts>> {
  return new Map(
    (await getCollection('outline')).map(({ id, data }) => [
      id,
      {
        source: data.source,
        addressees: new Map(
          Object.entries(data.sentences ?? {}).map(([n, a]) => [
            Number(n),
            typeof a === 'string' ? a : { named: a.named.map((r) => r.id) },
          ]),
        ),
      },
    ]),
  );
}

/** A passage's own text: its paragraphs and sentences (alignment and notes come once every language is read). */
function ownText(entry: PolicyEntry, filePath: string, id: string, locale: Locale): PassageText {
  // Only the preamble may set a title in italics; an item's text is plain (src/lib/document/text.ts).
  const paragraphs = passageParagraphs(entry.body ?? '', filePath, id === 'preamble');
  const sentences = splitSentences(
    paragraphs.map((p) => p.text),
    locale,
  );
  return { paragraphs, sentences, alignment: [], notes: [] };
}

async function read(): Promise<PassageEntry<PolicyEntry>[]> {
  const facts = await outline();
  const found = (await getCollection('policy')).map((entry) => {
    const filePath = entry.filePath ?? `src/content/policy/${entry.id}.mdx`;
    const locale = localeOfPath(entry.id)!;
    const id = entry.id.slice(locale.length + 1);
    const known = facts.get(id);
    if (!known)
      throw new Error(
        `${filePath}: '${id}' has no line in ${OUTLINE}; add one saying what the source gives (source: full | heading-only | absent).`,
      );
    return {
      filePath,
      locale,
      data: passageData(id, filePath, locale, entry.data.heading, known),
      text: ownText(entry, filePath, id, locale),
      body: entry,
    };
  });
  for (const id of facts.keys())
    if (!found.some((e) => e.data.id === id))
      throw new Error(
        `${OUTLINE}: '${id}' has no policy file; add src/content/policy/${sourceLocale}/${id}.mdx and its twins, or remove the line.`,
      );
  alignTwins(found);
  return found;
}

/** Each translation's sentences paired with the original's, its notes read, and the outline's sentences checked. */
function alignTwins(found: PassageEntry<PolicyEntry>[]): void {
  const originals = new Map(found.filter((e) => isSource(e.locale)).map((e) => [e.data.id, e]));
  for (const entry of found) {
    const original = originals.get(entry.data.id);
    if (!original) continue; // the twin check (buildDocument) names the missing file
    const count = original.text.sentences.length;
    if (isSource(entry.locale)) {
      entry.text.alignment = alignSentences(count, count, [], entry.filePath, NAMES(entry.locale, entry.locale));
      checkAddressees(entry);
      continue;
    }
    const { align = [], notes = [] } = entry.body.data;
    entry.text.alignment = alignSentences(
      count,
      entry.text.sentences.length,
      align,
      entry.filePath,
      NAMES(original.locale, entry.locale),
    );
    entry.text.notes = notes.map((note, i) => {
      if (note.sentence !== undefined && note.sentence > count)
        throw new Error(
          `${entry.filePath}: note ${i + 1} is on sentence ${note.sentence}, but the passage has ${count}; number sentences as the original does.`,
        );
      return { n: i + 1, ...note };
    });
  }
}

const NAMES = (original: Locale, translation: Locale) => ({
  original: `${spec(original).englishName} (${original})`,
  translation: `${spec(translation).englishName} (${translation})`,
});

/** The outline states whom each sentence of the original addresses: every sentence, and no other. */
function checkAddressees(entry: PassageEntry<PolicyEntry>): void {
  const count = entry.text.sentences.length;
  const stated = [...entry.data.addressees.keys()];
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !entry.data.addressees.has(n));
  const extra = stated.filter((n) => n > count);
  if (missing.length || extra.length)
    throw new Error(
      `${OUTLINE}: '${entry.data.id}' has ${count} sentence(s) in ${entry.filePath}` +
        (missing.length ? `; say whom sentence(s) ${missing.join(', ')} address` : '') +
        (extra.length ? `; it names sentence(s) ${extra.join(', ')}, which the text does not have` : '') +
        ' (under sentences:, all-levels | all-leagues | others | { named: [region ids] }).',
    );
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
