/**
 * The check that every language holds the same passages: every file has a twin of the same name in each other
 * language's folder. Each error starts with the file to add and says what to do.
 */
import { othersOf, spec, type Locale } from '../../i18n/locales.ts';

export interface Twinned {
  filePath: string;
  locale: Locale;
  key: string;
}

export function checkTwinPairs(entries: Twinned[]): void {
  const keys = new Set(entries.map((e) => `${e.locale}/${e.key}`));
  for (const entry of entries) {
    for (const to of othersOf(entry.locale))
      if (!keys.has(`${to}/${entry.key}`))
        throw new Error(
          `${entry.filePath.replace(`/${entry.locale}/`, `/${to}/`)}: missing. ${entry.filePath} has no ${spec(to).englishName} twin; add one with the same file name.`,
        );
  }
}
