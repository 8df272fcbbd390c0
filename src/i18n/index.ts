/**
 * Interface strings, resolved at build time only: i18next never reaches the browser. One instance, initialised
 * synchronously with every language's strings (./strings/{code}.json, one file per entry of the locale table).
 * Keys are typed from the source language's file; a file whose keys differ from it stops the build, naming the
 * file and the keys.
 */
import i18next, { type TFunction } from 'i18next';
import type source from './strings/zh.json';
import { locales, sourceLocale, type Locale } from './locales.ts';

export { locales, type Locale } from './locales.ts';

type Strings = typeof source;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Strings };
  }
}

const files = import.meta.glob<{ default: Strings }>('./strings/*.json', { eager: true });
const strings = new Map(Object.entries(files).map(([path, file]) => [/([^/]+)\.json$/.exec(path)![1]!, file.default]));

/** Every key of a strings object, as dotted paths. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Throws, naming the file, when the strings files and the locale table disagree, or a file's keys differ. */
function checkStrings(): void {
  const file = (code: string) => `src/i18n/strings/${code}.json`;
  for (const code of strings.keys())
    if (!(locales as string[]).includes(code))
      throw new Error(`${file(code)}: no language '${code}' in src/i18n/locales.ts; add its entry or remove the file.`);
  const expected = new Set(keys(strings.get(sourceLocale)));
  for (const locale of locales) {
    const own = strings.get(locale);
    if (!own) throw new Error(`${file(locale)}: missing; every language in src/i18n/locales.ts needs its strings.`);
    const found = new Set(keys(own));
    const missing = [...expected].filter((k) => !found.has(k));
    const extra = [...found].filter((k) => !expected.has(k));
    if (missing.length || extra.length)
      throw new Error(
        `${file(locale)}: its keys differ from ${file(sourceLocale)}` +
          (missing.length ? `; missing: ${missing.join(', ')}` : '') +
          (extra.length ? `; not in ${file(sourceLocale)}: ${extra.join(', ')}` : '') +
          '. Every language has exactly the same keys.',
      );
  }
}

checkStrings();

/** Every string of a language, as [dotted key, text] in file order (for the checks that read what readers read). */
export function stringsOf(locale: Locale): [string, string][] {
  const walk = (value: unknown, prefix: string): [string, string][] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => walk(v, prefix ? `${prefix}.${k}` : k))
      : [[prefix, String(value)]];
  return walk(strings.get(locale), '');
}

const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(locales.map((l) => [l, { translation: strings.get(l)! }])),
  lng: sourceLocale,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes on output
  missingKeyHandler: (_lngs, _ns, key) => {
    throw new Error(`i18n: missing key '${key}'`);
  },
  saveMissing: true,
});

/** The string for `key` in `locale`; throws on a missing key so that a gap fails the build. */
export type Translate = TFunction<'translation'>;

export function translator(locale: Locale): Translate {
  return instance.getFixedT(locale);
}
