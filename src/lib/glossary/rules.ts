/**
 * The glossary's rules, pure so that they are unit-tested: where a term occurs in Chinese, and
 * whether the English twin of a passage uses the site's rendering of every term its Chinese uses.
 * ./content.ts feeds it the collections and runs the check during the build.
 */

export interface Term {
  id: string;
  /** The Chinese term as the text writes it: 旗县（市、区）. */
  zh: string;
  /** Further Chinese forms that count as the term (a region's short form: 呼和浩特). */
  zhForms: string[];
  /** The English rendering this site uses. */
  en: string;
  /**
   * What counts as the rendering in English text: literal phrases, matched case-insensitively on
   * word boundaries, with any run of spaces matching any run of spaces; a * ending a word accepts any
   * word ending (coordinat* → coordinate, coordinated, coordination; add* → add, adding).
   */
  enMatch: string[];
}

/** A passage's text in one language, with the file it came from (for messages). */
export interface TermText {
  id: string;
  filePath: string;
  text: string;
}

/** An English twin that does not use the rendering of a term its Chinese uses. */
export interface Inconsistency {
  id: string;
  filePath: string;
  term: Term;
  chinese: number;
  english: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for one enMatch pattern: words on word boundaries, a trailing * on a word accepting any ending. */
export function englishPattern(pattern: string): RegExp {
  const words = pattern
    .trim()
    .split(/\s+/)
    .map((word) => (word.endsWith('*') ? `${escape(word.slice(0, -1))}[\\p{L}\\p{N}]*` : escape(word)));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every Chinese form of a term, longest first (so 呼和浩特市 wins over 呼和浩特 at the same place). */
export function chineseForms(term: Term): string[] {
  return [term.zh, ...term.zhForms].sort((a, b) => b.length - a.length);
}

/** Places (start, end) where any of the given expressions match, without counting one place twice. */
function places(text: string, expressions: RegExp[]): [number, number][] {
  const found: [number, number][] = [];
  for (const expression of expressions) {
    for (const m of text.matchAll(expression)) {
      const end = m.index + m[0].length;
      if (!found.some(([s, e]) => s < end && m.index < e)) found.push([m.index, end]);
    }
  }
  return found;
}

/** How many times the Chinese text uses the term, in any of its forms. */
export function countChinese(term: Term, text: string): number {
  return places(
    text,
    chineseForms(term).map((form) => new RegExp(escape(form), 'g')),
  ).length;
}

/** How many times the English text uses the term's rendering. */
export function countEnglish(term: Term, text: string): number {
  return places(text, term.enMatch.map(englishPattern)).length;
}

export const occursInChinese = (term: Term, text: string): boolean => countChinese(term, text) > 0;
export const occursInEnglish = (term: Term, text: string): boolean => countEnglish(term, text) > 0;

/** For each term, the ids of the passages whose Chinese uses it, in the order given. */
export function occurrences(terms: Term[], passages: TermText[]): Map<string, string[]> {
  return new Map(
    terms.map((term) => [term.id, passages.filter((p) => occursInChinese(term, p.text)).map((p) => p.id)]),
  );
}

/**
 * Every term that an English twin renders fewer times than its Chinese uses it: wherever the Chinese
 * uses a term, the English must use the rendering (the English may use it more often, never less).
 */
export function findInconsistencies(terms: Term[], pairs: { zh: TermText; en: TermText }[]): Inconsistency[] {
  const found: Inconsistency[] = [];
  for (const { zh, en } of pairs) {
    for (const term of terms) {
      const chinese = countChinese(term, zh.text);
      const english = countEnglish(term, en.text);
      if (english < chinese) found.push({ id: en.id, filePath: en.filePath, term, chinese, english });
    }
  }
  return found;
}

export function describeInconsistency({ filePath, term, chinese, english }: Inconsistency): string {
  const accepted = term.enMatch.map((p) => `"${p}"`).join(' or ');
  return `${filePath}: the Chinese uses ${term.zh} (glossary entry '${term.id}') ${chinese} time(s), but the English renders it as "${term.en}" (accepted: ${accepted}) only ${english} time(s).`;
}

/** Throws, listing every item and term, when any English twin departs from the glossary. */
export function checkConsistency(terms: Term[], pairs: { zh: TermText; en: TermText }[]): void {
  const found = findInconsistencies(terms, pairs);
  if (found.length === 0) return;
  throw new Error(
    `Glossary check: ${found.length} English rendering(s) depart from the glossary (src/content/glossary/):\n` +
      found.map((f) => `  ${describeInconsistency(f)}`).join('\n') +
      '\nUse the glossary rendering in the English item, or change the glossary entry if the rendering itself is wrong.',
  );
}

/** Throws, naming the entry's file, when a glossary entry contradicts itself or repeats another's Chinese. */
export function checkEntries(entries: (Term & { filePath: string })[]): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (!occursInEnglish(entry, entry.en))
      throw new Error(
        `${entry.filePath}: 'en' is "${entry.en}" but 'enMatch' (${entry.enMatch.map((p) => `"${p}"`).join(', ')}) does not accept it; make them agree.`,
      );
    for (const form of chineseForms(entry)) {
      const other = seen.get(form);
      if (other)
        throw new Error(
          `${entry.filePath}: the Chinese form ${form} is already the term of ${other}; a term has one entry.`,
        );
      seen.set(form, entry.filePath);
    }
  }
}
