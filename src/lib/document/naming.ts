/**
 * How the document names its places, in one module: labels (三、 （四） / III. (4)), references (三（四） / III (4)),
 * citations (Part III, Item (4)), sentences (四（三）第二句 / IV (3), second sentence) and headings as printed.
 * Labels are derived from a passage's id (./ids.ts), never typed by hand; each language's conventions are its
 * entry in the locale table.
 */
import { spec, type Locale, type Numeral } from '../../i18n/locales.ts';
import type { Place } from './ids.ts';

export type { Place } from './ids.ts';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** 3 → 三, 12 → 十二, 40 → 四十, 105 → 一百零五 (1 to 999: the bench's larger documents number parts that far). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 1000) throw new RangeError(`chineseNumber: ${n} is out of range`);
  const [hundreds, tens, ones] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : DIGITS[tens]}十`;
  else if (hundreds && ones) out += '零';
  return out + DIGITS[ones];
}

const FROM_CHINESE = new Map(Array.from({ length: 999 }, (_, i) => [chineseNumber(i + 1), i + 1]));

/** 一 → 1, 十一 → 11: the inverse of chineseNumber, for reading the source. */
export function fromChineseNumber(text: string): number {
  const n = FROM_CHINESE.get(text);
  if (n === undefined) throw new Error(`not a Chinese numeral: ${text}`);
  return n;
}

/** 4 → IV. */
export function romanNumber(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

/** A number as a language writes it in a label or name. */
export function numeral(n: number, system: Numeral): string {
  switch (system) {
    case 'chinese':
      return chineseNumber(n);
    case 'roman':
      return romanNumber(n);
    case 'ordinal-words':
      return ORDINALS[n] ?? `${n}th`;
    default:
      return String(n);
  }
}

/** A template with {name} slots filled. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);

function numbers(place: Place, locale: Locale): Record<string, string> {
  const { numerals } = spec(locale);
  return {
    part: numeral(place.part, numerals.part),
    item: place.item === undefined ? '' : numeral(place.item, numerals.item),
  };
}

/** The label printed before a heading: 三、 / III. for parts, （四） / (4) for items, nothing for the preamble. */
export function label(place: Place, locale: Locale): string {
  if (place.kind === 'preamble') return '';
  return fill(spec(locale).label[place.kind], { n: numbers(place, locale)[place.kind]! });
}

/** How a part or item is referred to in running text: 三 / III, 三（四） / III (4). */
export function reference(place: Place, locale: Locale): string {
  const values = numbers(place, locale);
  return place.kind === 'item' ? fill(spec(locale).reference, values) : values.part!;
}

/** A passage as a citation names it: 三（四） / Part III, Item (4). */
export function citedPlace(place: Place, locale: Locale): string {
  return fill(spec(locale).cite[place.kind === 'item' ? 'item' : 'part'], numbers(place, locale));
}

/** A sentence, after the name of its passage: 四（三）第二句 / IV (3), second sentence. */
export function sentenceName(passageName: string, sentence: number, locale: Locale): string {
  const { template, numeral: system } = spec(locale).sentence;
  return fill(template, { ref: passageName, n: numeral(sentence, system) });
}

/** A document's title as running text quotes it: 《…》 in Chinese, as it is in English. */
export function quotedTitle(title: string, locale: Locale): string {
  const [open, close] = spec(locale).titleMarks;
  return `${open}${title}${close}`;
}

/** The citation of a passage: 《关于实行…的意见》三（四） / Opinions on …, Part III, Item (4). */
export function citation(place: Place, title: string, locale: Locale): string {
  const separator = spec(locale).gap ? ', ' : '';
  return `${quotedTitle(title, locale)}${separator}${citedPlace(place, locale)}`;
}

/** What separates a label from its heading, sentence from sentence: nothing in Chinese, a space in English. */
export function labelGap(locale: Locale): string {
  return spec(locale).gap;
}

/** Label and heading as plain text (titles, pager links): "三、工作措施" / "III. Measures". */
export function labelledHeading(data: { label: string; heading?: string }, locale: Locale): string {
  return `${data.label}${labelGap(locale)}${data.heading ?? ''}`;
}

/**
 * The heading as printed above an item's text. Where the source gives the text, the heading ran on into it
 * after a full stop, which is kept: 加强考核问责。 / Strengthen assessment and accountability.
 */
export function headingText(data: Place & { heading?: string; source: string }, locale: Locale): string {
  const heading = data.heading ?? '';
  if (data.kind !== 'item' || data.source !== 'full') return heading;
  return heading + spec(locale).fullStop;
}

/** Items from … to …: （一）至（三） / (1)–(3). */
export function range(from: string, to: string, locale: Locale): string {
  return fill(spec(locale).range, { from, to });
}

/** 'and': (1), (3), and (5) / （一）、（三）和（五）; 'enumeration': A, B, C / A、B、C. */
export type ListStyle = 'and' | 'enumeration';

const listFormat = (locale: Locale, style: ListStyle) =>
  new Intl.ListFormat(spec(locale).intl, { type: 'conjunction', style: style === 'and' ? 'long' : 'narrow' });

/** A list as the language writes one. */
export function list(items: string[], locale: Locale, style: ListStyle = 'and'): string {
  return listFormat(locale, style).format(items);
}

/** The items of a list ({ item }) with the language's separators (strings) between them, for lists of links. */
export function listParts<T>(items: T[], locale: Locale, style: ListStyle = 'enumeration'): ({ item: T } | string)[] {
  let next = 0;
  return listFormat(locale, style)
    .formatToParts(items.map(String))
    .map((part) => (part.type === 'element' ? { item: items[next++]! } : part.value));
}

/** An aside in parentheses, with the space English puts before it: （转载）/ (reprint). */
export function parenthesized(text: string, locale: Locale): string {
  const [open, close] = spec(locale).parentheses;
  return `${open}${text}${close}`;
}
