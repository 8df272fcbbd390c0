/**
 * The one place that reads the glossary: the policy terms from their collection and the twelve regions from
 * theirs. Loading it runs the glossary checks, so every page that shows a term fails the build when an English
 * passage departs from the glossary.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import { loadDocument, type PolicyEntry } from '../document/content.ts';
import type { PassageEntry } from '../document/model.ts';
import { itemParagraphs } from '../document/text.ts';
import { checkConsistency, checkEntries, occurrences, type Term, type TermText } from './rules.ts';

export interface GlossaryEntry extends Term {
  kind: 'term' | 'region';
  filePath: string;
  variants: string[];
  note: { zh: string; en: string };
  /** Ids of the items whose Chinese heading or text uses the term, in document order. */
  items: string[];
}

/** Every item of the document in one language, in order. */
export async function documentItems(locale: Locale): Promise<PassageEntry<PolicyEntry>[]> {
  return (await loadDocument(locale)).parts.flatMap((part) => part.items);
}

/** An item's heading and text as one string, which the glossary rules search. */
export function itemText(item: PassageEntry<PolicyEntry>): TermText {
  const body = item.data.source === 'full' ? itemParagraphs(item.body.body ?? '', item.filePath).join('\n') : '';
  return { id: item.data.id, filePath: item.filePath, text: `${item.data.heading ?? ''}\n${body}` };
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
  const zh = (await documentItems('zh')).map(itemText);
  const en = new Map((await documentItems('en')).map((item) => [item.data.id, itemText(item)]));
  checkConsistency(terms, zh.map((text) => ({ zh: text, en: en.get(text.id)! })));
  const found = occurrences(terms, zh);
  return terms.map((term) => ({ ...term, items: found.get(term.id) ?? [] }));
}

/** The glossary with each term's items; throws (failing the build) on any inconsistency. */
export function loadGlossary(): Promise<GlossaryEntry[]> {
  glossary ??= load();
  return glossary;
}
