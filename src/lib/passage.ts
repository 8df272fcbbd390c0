import type { Locale } from '../i18n/index.ts';
import type { PassageData } from './document.ts';

/**
 * The heading as printed above an item's text. Where the source gives the text, the heading
 * ran on into it after a full stop, which is kept: 加强考核问责。 / Strengthen assessment and accountability.
 */
export function headingText(data: Pick<PassageData, 'kind' | 'heading' | 'source'>, locale: Locale): string {
  const heading = data.heading ?? '';
  if (data.kind !== 'item' || data.source !== 'full') return heading;
  return heading + (locale === 'zh' ? '。' : '.');
}

/**
 * What separates a label from its heading, or a sentence from a link after it: nothing in Chinese, where the
 * full-width punctuation already leaves its space (（四）加强…, 以中文原文为准。返回…), a space in English ((4) Strengthen…).
 */
export function labelGap(locale: Locale): string {
  return locale === 'en' ? ' ' : '';
}

/** Label and heading as plain text (titles, pager links): "三、工作措施" / "III. Work Measures". */
export function labelledHeading(data: Pick<PassageData, 'label' | 'heading'>, locale: Locale): string {
  return `${data.label ?? ''}${labelGap(locale)}${data.heading ?? ''}`;
}
