import type { Locale } from '../i18n/index.ts';

/** Dates as readers write them: 2026年11月28日 / 28 November 2026. */
export function readableDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
