/**
 * The one check that two languages hold the same entries: used for policy passages, regions and
 * measures. Each error starts with the file to fix and says what to do.
 */
import { otherLocale, type Locale } from '../i18n/index.ts';

export interface Twinned { filePath: string; locale: Locale; key: string }

const LANGUAGE_NAMES: Record<Locale, string> = { zh: 'Chinese', en: 'English' };
const fileStem = (filePath: string) => filePath.split('/').pop()!.replace(/\.mdx?$/, '');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every entry's key is its file name, used once per language, and it has one twin in the other
 * language with the same `fields`. `what` names the key in messages ("id", "region id", "measure").
 */
export function checkTwinPairs<T extends Twinned>(entries: T[], fields: (e: T) => Record<string, unknown>, what: string): void {
  const byKey = new Map<string, T>();
  // Duplicates first: a copied file that kept its key is a duplicate, whatever its name; blame the copy.
  for (const entry of entries) {
    const seen = byKey.get(`${entry.locale}/${entry.key}`);
    if (seen) {
      const [original, copy] = fileStem(seen.filePath) === seen.key ? [seen, entry] : [entry, seen];
      throw new Error(`${copy.filePath}: duplicate ${what} '${copy.key}', already used by ${original.filePath}. Each has one file per language.`);
    }
    byKey.set(`${entry.locale}/${entry.key}`, entry);
  }
  for (const entry of entries) {
    const file = fileStem(entry.filePath);
    if (file !== entry.key) throw new Error(`${entry.filePath}: 'id' is '${entry.key}' but the file is named '${file}'. Rename one so they agree.`);
  }
  for (const entry of entries) {
    const to = otherLocale(entry.locale);
    const twin = byKey.get(`${to}/${entry.key}`);
    const names = Object.keys(fields(entry)).join(', ');
    if (!twin) throw new Error(`${entry.filePath.replace(`/${entry.locale}/`, `/${to}/`)}: missing. ${entry.filePath} has no ${LANGUAGE_NAMES[to]} twin; add one with the same file name and ${names}.`);
    for (const [field, value] of Object.entries(fields(entry))) {
      const theirs = fields(twin)[field];
      if (!same(value, theirs)) throw new Error(`${twin.filePath}: '${field}' is ${JSON.stringify(theirs)} but its twin ${entry.filePath} says ${JSON.stringify(value)}. Make them agree.`);
    }
  }
}
