/**
 * The one place that reads the glossary: the policy terms from their collection and the twelve regions from
 * theirs. Loading it runs the glossary checks, so every page that shows a term fails the build when a translated
 * passage departs from the glossary.
 */
import { getCollection } from 'astro:content';
import { byLocale, sourceLocale, translations, type Locale } from '../../i18n/locales.ts';
import { loadDocument, type PolicyEntry } from '../document/content.ts';
import { passagesOf, type PassageEntry } from '../document/model.ts';
import { itemParagraphs, plainText } from '../document/text.ts';
import { memo } from '../memo.ts';
import { checkConsistency, checkEntries, occurrences, type Term, type TermText } from './rules.ts';

export interface GlossaryEntry extends Term {
  kind: 'term' | 'region';
  filePath: string;
  /** Renderings other texts use, which this site does not, per translation. */
  variants: Partial<Record<Locale, string[]>>;
  note: Record<Locale, string>;
  /** Ids of the passages (preamble, part headings, items) whose original uses the term, in document order. */
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
  const terms = (await getCollection('glossary')).map(({ id, data, filePath }) => ({
    id,
    kind: 'term' as const,
    filePath: filePath ?? `src/content/glossary/${id}.yaml`,
    rendering: byLocale((l) => data[l]),
    forms: byLocale((l) => [data[l], ...(data.forms[l] ?? [])]),
    variants: data.variants,
    note: data.note,
  }));
  const regions = (await getCollection('regions')).map(({ id, data }) => ({
    id,
    kind: 'region' as const,
    filePath: 'src/content/regions.yaml',
    rendering: data.name,
    // The text may name a league or city by its short form: 呼和浩特 for 呼和浩特市.
    forms: byLocale((l) => [...new Set([data.name[l], data.short[l]])]),
    variants: data.variants,
    note: data.note,
  }));
  return [...terms, ...regions];
}

async function load(): Promise<GlossaryEntry[]> {
  const terms = await entries();
  checkEntries(terms, sourceLocale);
  const original = passagesOf(await loadDocument(sourceLocale)).map(passageText);
  for (const locale of translations) {
    const translated = new Map(passagesOf(await loadDocument(locale)).map((p) => [p.data.id, passageText(p)]));
    checkConsistency(
      terms,
      original.map((text) => ({ original: text, translation: translated.get(text.id)!, locale })),
      sourceLocale,
    );
  }
  const found = occurrences(terms, original, sourceLocale);
  return terms.map((term) => ({ ...term, items: found.get(term.id) ?? [] }));
}

/** The glossary with each term's items; throws (failing the build) on any inconsistency. */
export const loadGlossary = memo(load);
