/**
 * How the document names its places, in one module: labels (三、 （四） / III. (4)), references (三（四） / III (4)),
 * citations, and headings as printed. Labels are derived from an entry's id, never typed by hand.
 */
import type { Locale } from '../../i18n/index.ts';

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

/** Where a passage sits, as its id says: preamble, p3, p3-4. */
export interface Place {
  kind: 'preamble' | 'part' | 'item';
  part: number;
  item?: number;
}

/** The label printed before a heading: 三、 / III. for parts, （四） / (4) for items, nothing for the preamble. */
export function label(place: Place, locale: Locale): string {
  if (place.kind === 'preamble') return '';
  if (place.kind === 'part') return locale === 'zh' ? `${chineseNumber(place.part)}、` : `${romanNumber(place.part)}.`;
  return locale === 'zh' ? `（${chineseNumber(place.item!)}）` : `(${place.item})`;
}

/** How a part or item is referred to in running text: 三 / III, 三（四） / III (4). */
export function reference(place: Place, locale: Locale): string {
  const part = locale === 'zh' ? chineseNumber(place.part) : romanNumber(place.part);
  if (place.kind !== 'item') return part;
  return locale === 'zh' ? `${part}（${chineseNumber(place.item!)}）` : `${part} (${place.item})`;
}

/** The citation of a passage: 《关于实行…的意见》三（四） / Opinions on …, Part III, Item (4). */
export function citation(place: Place, title: string, locale: Locale): string {
  if (locale === 'zh') return `《${title}》${reference(place, locale)}`;
  const part = `${title}, Part ${romanNumber(place.part)}`;
  return place.kind === 'item' ? `${part}, Item (${place.item})` : part;
}

/** What separates a label from its heading: nothing in Chinese (（四）加强…), a space in English ((4) Strengthen…). */
export function labelGap(locale: Locale): string {
  return locale === 'en' ? ' ' : '';
}

/** Label and heading as plain text (titles, pager links): "三、工作措施" / "III. Work Measures". */
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
  return heading + (locale === 'zh' ? '。' : '.');
}
