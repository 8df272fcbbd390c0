/**
 * The one place that reads the glossary: the policy terms from their collection and the twelve regions from
 * theirs. Loading it runs the glossary checks, so every page that shows a term fails the build when an English
 * passage departs from the glossary.
 */
import { getCollection } from 'astro:content';
import { loadDocument, type PolicyEntry } from '../document/content.ts';
import { passagesOf, type PassageEntry } from '../document/model.ts';
import { itemParagraphs, plainText } from '../document/text.ts';
import { checkConsistency, checkEntries, occurrences, type Term, type TermText } from './rules.ts';

export interface GlossaryEntry extends Term {
  kind: 'term' | 'region';
  filePath: string;
  variants: string[];
  note: { zh: string; en: string };
  /** Ids of the passages (preamble, part headings, items) whose Chinese uses the term, in document order. */
  items: string[];
}

/** A passage's heading and text as one string, which the glossary rules search. */
export function passageText(passage: PassageEntry<PolicyEntry>): TermText {
  const { data, body: entry } = passage;
  const body =
    data.kind === 'preamble'
      ? plainText(entry.body ?? '')
      : data.kind === 'item' && data.source === 'full'
        ? itemParagraphs(entry.body ?? '', passage.filePath).join('\n')
        : '';
  return { id: data.id, filePath: passage.filePath, text: `${data.heading ?? ''}\n${body}` };
}

async function entries(): Promise<Omit<GlossaryEntry, 'items'>[]> {
  const terms = (await getCollection('glossary')).map((entry) => ({
    ...entry.data,
    kind: 'term' as const,
    id: entry.id,
    filePath: entry.filePath ?? `src/content/glossary/${entry.id}.yaml`,
  }));
  const regions = (await getCollection('regions')).map(({ id, data }) => ({
    kind: 'region' as const,
    id,
    filePath: 'src/content/regions.yaml',
    zh: data.name.zh,
    zhForms: data.short.zh === data.name.zh ? [] : [data.short.zh],
    en: data.name.en,
    enMatch: [data.name.en],
    variants: data.variants,
    note: data.note,
  }));
  return [...terms, ...regions];
}

let glossary: Promise<GlossaryEntry[]> | undefined;

async function load(): Promise<GlossaryEntry[]> {
  const terms = await entries();
  checkEntries(terms);
  const zh = passagesOf(await loadDocument('zh')).map(passageText);
  const en = new Map(passagesOf(await loadDocument('en')).map((passage) => [passage.data.id, passageText(passage)]));
  checkConsistency(
    terms,
    zh.map((text) => ({ zh: text, en: en.get(text.id)! })),
  );
  const found = occurrences(terms, zh);
  return terms.map((term) => ({ ...term, items: found.get(term.id) ?? [] }));
}

/** The glossary with each term's items; throws (failing the build) on any inconsistency. */
export function loadGlossary(): Promise<GlossaryEntry[]> {
  glossary ??= load();
  return glossary;
}
