/**
 * The glossary's rules, pure so that they are unit-tested: where a term occurs in each language's text, and whether
 * a translation of a passage uses the site's rendering of every term its original uses. ./content.ts feeds it the
 * collections and runs the check during the build.
 */
import { spec, type Locale } from '../../i18n/locales.ts';

export interface Term {
  id: string;
  /** The term in each language: the source's wording, and each translation's rendering. */
  rendering: Record<Locale, string>;
  /**
   * What counts as the term in each language's text, the rendering included. In a language written without spaces,
   * literal forms (旗县（市、区）, 呼和浩特); in others, phrases matched case-insensitively on word boundaries,
   * any run of spaces matching any run of spaces, a * ending a word accepting any ending (coordinat* →
   * coordinate, coordinated, coordination).
   */
  forms: Record<Locale, string[]>;
  /** The file the entry is written in: its own (glossary/{id}.yaml) or the regions' data file. */
  filePath?: string;
}

/** Where an entry is written, for messages: its file, and its key when the file holds other entries too. */
export function entryPlace(term: Term): string {
  const file = term.filePath ?? 'src/content/glossary/';
  return file.endsWith(`/${term.id}.yaml`) ? file : `${file} ('${term.id}')`;
}

/** A passage's (or a sentence's) text in one language, with the file it came from (for messages). */
export interface TermText {
  id: string;
  filePath: string;
  text: string;
}

/** A translation that does not use the rendering of a term its original uses. */
export interface Inconsistency {
  id: string;
  filePath: string;
  locale: Locale;
  term: Term;
  original: number;
  translation: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for one form of a term in a language's text. */
export function formPattern(form: string, locale: Locale): RegExp {
  if (spec(locale).unspaced) return new RegExp(escape(form), 'gu');
  const words = form
    .trim()
    .split(/\s+/)
    .map((word) => (word.endsWith('*') ? `${escape(word.slice(0, -1))}[\\p{L}\\p{N}]*` : escape(word)));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** A term's forms in a language, longest first (so 呼和浩特市 wins over 呼和浩特 at the same place). */
export function formsOf(term: Term, locale: Locale): string[] {
  return [...term.forms[locale]].sort((a, b) => b.length - a.length);
}

/** Where (start, end) a term occurs in a text, never counting one place twice. */
export function termPlaces(term: Term, text: string, locale: Locale): [number, number][] {
  const found: [number, number][] = [];
  for (const form of formsOf(term, locale)) {
    for (const m of text.matchAll(formPattern(form, locale))) {
      const end = m.index + m[0].length;
      if (!found.some(([s, e]) => s < end && m.index < e)) found.push([m.index, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** How many times a text in `locale` uses the term. */
export const countTerm = (term: Term, text: string, locale: Locale): number => termPlaces(term, text, locale).length;
export const occursIn = (term: Term, text: string, locale: Locale): boolean => countTerm(term, text, locale) > 0;

/** For each term, the ids of the passages whose original text uses it, in the order given. */
export function occurrences(terms: Term[], passages: TermText[], original: Locale): Map<string, string[]> {
  return new Map(
    terms.map((term) => [term.id, passages.filter((p) => occursIn(term, p.text, original)).map((p) => p.id)]),
  );
}

/** A text and its translation, aligned (a passage's, or a sentence's). */
export interface AlignedText {
  original: TermText;
  translation: TermText;
  locale: Locale;
}

/**
 * Every term that a translation renders fewer times than its original uses it (wherever the original uses a term,
 * the translation must use the rendering; it may use it more often, never less), and every rendering in a unit whose
 * original lacks the term, where the words would claim an equivalence the original does not make.
 */
export function findInconsistencies(terms: Term[], pairs: AlignedText[], original: Locale): Inconsistency[] {
  const found: Inconsistency[] = [];
  for (const { original: source, translation, locale } of pairs) {
    for (const term of terms) {
      const inOriginal = countTerm(term, source.text, original);
      const inTranslation = countTerm(term, translation.text, locale);
      if (inTranslation < inOriginal || (inOriginal === 0 && inTranslation > 0))
        found.push({
          id: translation.id,
          filePath: translation.filePath,
          locale,
          term,
          original: inOriginal,
          translation: inTranslation,
        });
    }
  }
  return found;
}

export function describeInconsistency(found: Inconsistency, original: Locale): string {
  const { filePath, id, term, locale } = found;
  const accepted = term.forms[locale].map((p) => `"${p}"`).join(' or ');
  if (found.original === 0)
    return `${filePath} (${id}): the translation uses "${term.rendering[locale]}", the rendering of ${term.rendering[original]} (glossary entry '${term.id}'), ${found.translation} time(s), but the original does not use ${term.rendering[original]} there; word it otherwise, so that it does not claim that term. The entry: ${entryPlace(term)}.`;
  return `${filePath} (${id}): the original uses ${term.rendering[original]} (glossary entry '${term.id}') ${found.original} time(s), but the translation renders it as "${term.rendering[locale]}" (accepted: ${accepted}) only ${found.translation} time(s). The entry: ${entryPlace(term)}.`;
}

/** Throws, listing every passage and term, when any translation departs from the glossary. */
export function checkConsistency(terms: Term[], pairs: AlignedText[], original: Locale): void {
  const found = findInconsistencies(terms, pairs, original);
  if (found.length === 0) return;
  throw new Error(
    `Glossary check: ${found.length} rendering(s) depart from the glossary (${[...new Set(found.map((f) => f.term.filePath ?? 'src/content/glossary/'))].join(', ')}):\n` +
      found.map((f) => `  ${describeInconsistency(f, original)}`).join('\n') +
      '\nUse the glossary rendering in that sentence, or change the entry (in the file named) if the rendering itself is wrong.',
  );
}

/** Throws, naming the entry's file, when an entry contradicts itself or repeats another's original wording. */
export function checkEntries(
  entries: (Term & { filePath: string; variants?: Partial<Record<Locale, string[]>> })[],
  original: Locale,
): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    for (const [locale, variants] of Object.entries(entry.variants ?? {}) as [Locale, string[]][])
      for (const variant of variants)
        if (occursIn(entry, variant, locale))
          throw new Error(
            `${entryPlace(entry)}: the variant "${variant}" is accepted by the entry's own forms (${entry.forms[locale].map((p) => `"${p}"`).join(', ')}), so it is not a rendering the site rejects; remove it from 'variants', or narrow the forms.`,
          );
    for (const [locale, rendering] of Object.entries(entry.rendering) as [Locale, string][])
      if (!occursIn(entry, rendering, locale))
        throw new Error(
          `${entryPlace(entry)}: '${locale}' is "${rendering}" but its forms (${entry.forms[locale].map((p) => `"${p}"`).join(', ')}) do not accept it; make them agree.`,
        );
    for (const form of formsOf(entry, original)) {
      const other = seen.get(form);
      if (other)
        throw new Error(
          `${entryPlace(entry)}: ${form} is already the term of ${other}; a term has one entry. Remove it from one of them.`,
        );
      seen.set(form, entryPlace(entry));
    }
  }
}
