/**
 * The rules every reader-facing text the site writes is held to, beyond the policy text's own sentence-by-sentence
 * glossary check: the house style of its language (typographic quotes; a spelling word list where the locale table
 * names one) and the glossary (no rendering the glossary rejects; where a text says something in every language,
 * a term in the original's words is the glossary's term in each translation's, and a translation never uses a term's
 * rendering where the original lacks the term). Pure, so unit-tested; ./content.ts gathers the texts.
 */
import { spec, type Locale } from '../../i18n/locales.ts';
import { entryPlace, formPattern, occursIn, termPlaces, type Term } from '../glossary/rules.ts';
import { SPELLINGS } from './spellings.ts';

/** A text a reader meets, in each language that has it. */
export interface Said {
  /** Where it is written, for messages: a file and the field or key (src/content/measures/x.yaml 'summary'). */
  place: string;
  text: Partial<Record<Locale, string>>;
  /**
   * The languages say the same thing (a field with a value per language, a string under one key), so the
   * glossary's terms must correspond between them. Not so for the policy text (checked sentence by sentence
   * elsewhere) or a page written separately in each language.
   */
  paired: boolean;
  /** The glossary entry the text is the note of: a note may speak of its own term in its own way. */
  about?: string;
}

export interface Fault {
  place: string;
  locale: Locale;
  message: string;
}

const STRAIGHT = /['"]/g;

/** The text with “quoted” passages blanked out (same length), so a word a note quotes is mentioned, not used. */
export function unquoted(text: string): string {
  return text.replace(/“[^”]*”/g, (quoted) => ' '.repeat(quoted.length));
}

/** A few words either side of `at`, for a message. */
function around(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 20);
  return `${from > 0 ? '…' : ''}${text.slice(from, at + length + 20).replace(/\s+/g, ' ')}${at + length + 20 < text.length ? '…' : ''}`;
}

/** `word` with the first letter's case of `as` (Organised → Organized). */
const sameCase = (as: string, word: string) =>
  as[0] === as[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;

/** Straight quotes and spellings the language's house style does not use, in the order the text has them. */
export function styleFaults(place: string, text: string, locale: Locale): Fault[] {
  const found: [number, string][] = [];
  for (const m of text.matchAll(STRAIGHT))
    found.push([
      m.index,
      `a straight ${m[0] === '"' ? 'double' : 'single'} quote in “${around(text, m.index, 1)}”; write typographic quotes and apostrophes (‘ ’ “ ”)`,
    ]);
  const list = spec(locale).spelling;
  for (const [wrong, right] of Object.entries(list ? SPELLINGS[list]! : {}))
    for (const m of text.matchAll(formPattern(wrong, locale)))
      found.push([
        m.index,
        `“${m[0]}” is not the house spelling (${list}); write ${sameCase(m[0], right.replace('…', m[0].slice(wrong.length - 1)))}`,
      ]);
  return found.sort((a, b) => a[0] - b[0]).map(([, message]) => ({ place, locale, message }));
}

/** The text with the term's own forms blanked out: "liaison" inside "liaison officer" is the rendering itself. */
function withoutTerm(term: Term, text: string, locale: Locale): string {
  let out = text;
  for (const [start, end] of termPlaces(term, text, locale))
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** Renderings the glossary rejects (an entry's `variants`), used rather than quoted. */
export function variantFaults(terms: (Term & { variants: Partial<Record<Locale, string[]>> })[], said: Said): Fault[] {
  const faults: Fault[] = [];
  for (const [locale, text] of Object.entries(said.text) as [Locale, string][])
    for (const term of terms)
      for (const variant of term.variants[locale] ?? [])
        for (const m of withoutTerm(term, unquoted(text), locale).matchAll(formPattern(variant, locale)))
          faults.push({
            place: said.place,
            locale,
            message: `“${m[0]}” is a rendering of ${Object.values(term.rendering)[0]} that the glossary rejects (${entryPlace(term)}); write “${term.rendering[locale]}”, or quote the words if the text is about them`,
          });
  return faults;
}

/**
 * Where the languages say the same thing: each term the original uses appears in each translation (as its rendering,
 * or in the original's own words), and no translation uses a term's rendering where the original lacks it, unless
 * quoted, or the original quotes the same words (a revision's summary names the English it chose).
 */
export function correspondenceFaults(terms: Term[], said: Said, original: Locale): Fault[] {
  const source = said.text[original];
  if (!said.paired || source === undefined) return [];
  const faults: Fault[] = [];
  for (const [locale, text] of Object.entries(said.text) as [Locale, string][]) {
    if (locale === original) continue;
    for (const term of terms) {
      if (term.id === said.about) continue;
      const inOriginal = occursIn(term, source, original);
      const rendered = occursIn(term, text, locale) || occursIn(term, text, original);
      const claimed = occursIn(term, unquoted(text), locale) && !occursIn(term, source, locale);
      if (inOriginal && !rendered)
        faults.push({
          place: said.place,
          locale,
          message: `the original says ${term.rendering[original]} (${entryPlace(term)}) but this does not say “${term.rendering[locale]}”; use the glossary’s rendering`,
        });
      else if (!inOriginal && claimed)
        faults.push({
          place: said.place,
          locale,
          message: `this says “${term.rendering[locale]}”, the rendering of ${term.rendering[original]} (${entryPlace(term)}), but the original does not say ${term.rendering[original]}; word it otherwise, so that it claims no term the original lacks`,
        });
    }
  }
  return faults;
}

/** Every fault of every text: house style in every language but the original's own verbatim text, the glossary. */
export function wordingFaults(
  terms: (Term & { variants: Partial<Record<Locale, string[]>> })[],
  texts: Said[],
  original: Locale,
): Fault[] {
  return texts.flatMap((said) => [
    ...(Object.entries(said.text) as [Locale, string][]).flatMap(([locale, text]) =>
      styleFaults(said.place, text, locale),
    ),
    ...variantFaults(terms, said),
    ...correspondenceFaults(terms, said, original),
  ]);
}
