/**
 * Interface strings, resolved at build time only: i18next never reaches the browser.
 * One instance, initialised synchronously with both locales' resources.
 */
import i18next, { type TFunction } from 'i18next';
import zh from './locales/zh.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The value of <html lang> and of lang on passages. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** The English strings must have exactly the Chinese ones' keys: `astro check` fails on a key missing in either. */
const english: typeof zh = en;
const chinese: typeof en = zh;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zh };
  }
}

const instance = i18next.createInstance();
await instance.init({
  resources: { zh: { translation: chinese }, en: { translation: english } },
  lng: 'zh',
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

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
