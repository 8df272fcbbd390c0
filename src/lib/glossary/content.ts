/**
 * The one place that reads the glossary: the policy terms from their collection and the twelve regions from
 * theirs. Loading it runs the glossary checks, unit by unit (the title, each heading, each sentence beside the one it
 * renders), so every page that shows a term fails the build when a translation departs from the glossary.
 */
import { getCollection } from 'astro:content';
import { byLocale, sourceLocale, translations, type Locale } from '../../i18n/locales.ts';
import { loadDocument, loadIdentity, type PolicyEntry } from '../document/content.ts';
import { passagesOf, textUnits, type PassageEntry, type TextUnit } from '../document/model.ts';
import { DOCUMENTS_FILE } from '../document/provenance.ts';
import { memo } from '../memo.ts';
import { checkConsistency, checkEntries, occurrences, type AlignedText, type Term, type TermText } from './rules.ts';

export interface GlossaryEntry extends Term {
  kind: 'term' | 'region';
  filePath: string;
  /** Renderings other texts use, which this site does not, per translation. */
  variants: Partial<Record<Locale, string[]>>;
  note: Record<Locale, string>;
  /** Ids of the passages (preamble, part headings, items) whose original uses the term, in document order. */
  items: string[];
}

/** A passage's heading and text as one string, which says where a term occurs. */
export function passageText(passage: PassageEntry<PolicyEntry>): TermText {
  const body = passage.text.paragraphs.map((p) => p.text).join('\n');
  return { id: passage.data.id, filePath: passage.filePath, text: `${passage.data.heading ?? ''}\n${body}` };
}

/** The units a translation is checked by, each beside its original: the title, each heading, each group of sentences. */
function alignedUnits(
  original: PassageEntry<PolicyEntry>[],
  translated: Map<string, PassageEntry<PolicyEntry>>,
  titles: { original: string; translation: string },
  locale: Locale,
): AlignedText[] {
  const pairs: AlignedText[] = [
    {
      original: { id: 'title', filePath: DOCUMENTS_FILE, text: titles.original },
      translation: { id: 'title', filePath: DOCUMENTS_FILE, text: titles.translation },
      locale,
    },
  ];
  for (const source of original) {
    const twin = translated.get(source.data.id)!;
    const unit = (entry: PassageEntry<PolicyEntry>, id: string, text: string) => ({
      id,
      filePath: entry.filePath,
      text,
    });
    if (source.data.heading && twin.data.heading)
      pairs.push({
        original: unit(source, source.data.id, source.data.heading),
        translation: unit(twin, twin.data.id, twin.data.heading),
        locale,
      });
    const theirs = textUnits(twin);
    for (const mine of textUnits(source)) {
      const other = theirs.find((u) => u.id === mine.id)!;
      const text = (u: TextUnit) => u.sentences.map((s) => s.text).join(' ');
      pairs.push({
        original: unit(source, mine.id, text(mine)),
        translation: unit(twin, other.id, text(other)),
        locale,
      });
    }
  }
  return pairs;
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
  const original = passagesOf(await loadDocument(sourceLocale));
  const identity = await loadIdentity();
  for (const locale of translations) {
    const translated = new Map(passagesOf(await loadDocument(locale)).map((p) => [p.data.id, p]));
    const titles = { original: identity.title[sourceLocale], translation: identity.title[locale] };
    checkConsistency(terms, alignedUnits(original, translated, titles, locale), sourceLocale);
  }
  const found = occurrences(terms, original.map(passageText), sourceLocale);
  return terms.map((term) => ({ ...term, items: found.get(term.id) ?? [] }));
}

/** The glossary with each term's items; throws (failing the build) on any inconsistency. */
export const loadGlossary = memo(load);
