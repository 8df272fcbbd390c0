/**
 * The check that both languages hold the same passages: every file has a twin of the same name in the other
 * language's folder. Each error starts with the file to add and says what to do.
 */
import { otherLocale, type Locale } from '../../i18n/index.ts';

export interface Twinned {
  filePath: string;
  locale: Locale;
  key: string;
}

const LANGUAGE_NAMES: Record<Locale, string> = { zh: 'Chinese', en: 'English' };

export function checkTwinPairs(entries: Twinned[]): void {
  const keys = new Set(entries.map((e) => `${e.locale}/${e.key}`));
  for (const entry of entries) {
    const to = otherLocale(entry.locale);
    if (!keys.has(`${to}/${entry.key}`))
      throw new Error(
        `${entry.filePath.replace(`/${entry.locale}/`, `/${to}/`)}: missing. ${entry.filePath} has no ${LANGUAGE_NAMES[to]} twin; add one with the same file name.`,
      );
  }
}
