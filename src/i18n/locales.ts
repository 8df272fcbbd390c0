/**
 * The site's languages, in one table: the only module that knows which languages exist and how each writes.
 * Adding a language is one entry here, its interface strings (./strings/{code}.json) and its content
 * (src/content/policy/{code}/, and a value for it in every per-language field); docs/ARCHITECTURE.md says how.
 * Nothing else compares a language code with a literal (eslint.config.js enforces it): code asks this table.
 * Pure and free of strings, so the browser bundles, the tests and the bench import it too.
 */

/** How a language writes a number in a label or a name: 三 / III / 3 / second. */
export type Numeral = 'chinese' | 'roman' | 'arabic' | 'ordinal-words';

export interface LocaleSpec {
  /** BCP 47 tag for lang and hreflang. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, as a language switch shows it. */
  autonym: string;
  /** Its name in English, for messages to authors. */
  englishName: string;
  /** The Intl locale for dates, lists and sorting. */
  intl: string;
  /** The collation for sorting terms (the glossary's index): pinyin order in Chinese. */
  collation: string;
  /** Parts (三、 / III.) and items (（四） / (4)): numerals and templates; {n} is the number. */
  numerals: { part: Numeral; item: Numeral };
  label: { part: string; item: string };
  /** An item in running text: {part} and {item} are the numbers (三（四） / III (4)). */
  reference: string;
  /** A passage as a citation names it ({part}, {item}): 三（四） / Part III, Item (4). */
  cite: { part: string; item: string };
  /** A sentence of a passage: {ref} is the passage's reference or citation, {n} the sentence's number. */
  sentence: { template: string; numeral: Numeral };
  /** Items from … to …: {from} and {to} are labels ((1)–(3)). */
  range: string;
  /** Between a label and its heading, between sentences, before a parenthesis: nothing in Chinese, a space in English. */
  gap: string;
  /** Ends a sentence the site writes (a heading run on into its text, a note). */
  fullStop: string;
  /** Encloses an aside: （…） / (…). */
  parentheses: [open: string, close: string];
  /** Quotes a document's title in running text: 《…》; English sets it as it is. */
  titleMarks: [open: string, close: string];
  /**
   * Where a sentence ends: after one of these characters (and any closing quote or bracket). For English only
   * where the next sentence starts (white space, then a capital, digit or opening quote), never after one of
   * `abbreviations`.
   */
  sentenceEnds: string;
  abbreviations: string[];
  /** Written without spaces between words: lines may break only between words (a dictionary finds them). */
  unspaced: boolean;
  /** The letters of this language's script, as a RegExp class body (runs of another language's script get its lang). */
  script: string;
  /** Search folds word endings with the English stemmer. */
  stems: boolean;
  /** The house spelling the site's own text in this language keeps: a word list in src/lib/wording/spellings.ts. */
  spelling?: string;
}

const zh = {
  lang: 'zh-CN',
  dir: 'ltr',
  autonym: '中文',
  englishName: 'Chinese',
  intl: 'zh-CN',
  collation: 'zh-CN-u-co-pinyin',
  numerals: { part: 'chinese', item: 'chinese' },
  label: { part: '{n}、', item: '（{n}）' },
  reference: '{part}（{item}）',
  cite: { part: '{part}', item: '{part}（{item}）' },
  sentence: { template: '{ref}第{n}句', numeral: 'chinese' },
  range: '{from}至{to}',
  gap: '',
  fullStop: '。',
  parentheses: ['（', '）'],
  titleMarks: ['《', '》'],
  sentenceEnds: '。；！？',
  abbreviations: [],
  unspaced: true,
  script: '\\p{Script=Han}',
  stems: false,
} satisfies LocaleSpec;

const en = {
  lang: 'en',
  dir: 'ltr',
  autonym: 'English',
  englishName: 'English',
  intl: 'en-US',
  collation: 'en',
  numerals: { part: 'roman', item: 'arabic' },
  label: { part: '{n}.', item: '({n})' },
  reference: '{part} ({item})',
  cite: { part: 'Part {part}', item: 'Part {part}, Item ({item})' },
  sentence: { template: '{ref}, {n} sentence', numeral: 'ordinal-words' },
  range: '{from}–{to}',
  gap: ' ',
  fullStop: '.',
  parentheses: [' (', ')'],
  titleMarks: ['', ''],
  sentenceEnds: '.!?',
  abbreviations: ['e.g.', 'i.e.', 'etc.', 'No.', 'Nos.', 'Art.', 'cf.', 'vs.'],
  unspaced: false,
  script: 'A-Za-z',
  stems: true,
  spelling: 'american',
} satisfies LocaleSpec;

/** Every language, in the order the site lists them; the first is the language the document is written in. */
export const LOCALES = { zh, en } as const satisfies Record<string, LocaleSpec>;

export type Locale = keyof typeof LOCALES;
export const locales = Object.keys(LOCALES) as Locale[];

/** The language of the source: its text is reproduced verbatim and prevails over every translation. */
export const sourceLocale: Locale = locales[0]!;
/** The languages of the site's own translations. */
export const translations: Locale[] = locales.slice(1);

export const isLocale = (code: string): code is Locale => Object.hasOwn(LOCALES, code);
export const isSource = (locale: Locale): boolean => locale === sourceLocale;
export const spec = (locale: Locale): LocaleSpec => LOCALES[locale];
/** The value of lang and hreflang. */
export const langOf = (locale: Locale): string => LOCALES[locale].lang;

/** The name of language `of` in language `in`: Chinese, 英语. */
export function languageName(of: Locale, inLocale: Locale): string {
  const base = LOCALES[of].lang.split('-')[0]!;
  return new Intl.DisplayNames(LOCALES[inLocale].intl, { type: 'language' }).of(base) ?? LOCALES[of].autonym;
}

/** Every language but `locale`, in table order. */
export function othersOf(locale: Locale): Locale[] {
  return locales.filter((l) => l !== locale);
}

/**
 * The language a page in `locale` is read beside (side by side, "this item in the other language"): a
 * translation beside the source, the source beside its first translation.
 */
export function counterpartOf(locale: Locale): Locale {
  return isSource(locale) ? translations[0]! : sourceLocale;
}

/** A value for every language: `{ zh: f('zh'), en: f('en') }`, from the table. */
export function byLocale<T>(f: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(locales.map((l) => [l, f(l)])) as Record<Locale, T>;
}

/** The language whose content folder or path segment starts `path` (`en/p3-4`, `/en/p3/`), if any. */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/').find(Boolean) ?? '';
  return isLocale(first) ? first : undefined;
}
