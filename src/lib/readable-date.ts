import { spec, type Locale } from '../i18n/locales.ts';

/** Dates as readers write them: 2026年11月28日 / November 28, 2026. */
export function readableDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(spec(locale).intl, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
