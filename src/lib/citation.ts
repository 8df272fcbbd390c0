/**
 * How an item is cited: the document's title and the item's place in it, in the page's language.
 *   zh: 《关于实行…工作的意见》三（四）
 *   en: Opinions on Implementing …, Part III, Item (4)
 */
import type { Locale } from '../i18n/index.ts';
import type { PassageData } from './document.ts';

type Place = Pick<PassageData, 'kind' | 'label'>;

/** The citation of an item; `part` is its part's data (for the part's label). */
export function citation(locale: Locale, title: string, part: Place, item?: Place): string {
  const partLabel = (part.label ?? '').replace(/[、.]\s*$/, '');
  if (locale === 'zh') return `《${title}》${partLabel}${item?.label ?? ''}`;
  return `${title}, Part ${partLabel}${item ? `, Item ${item.label}` : ''}`;
}
