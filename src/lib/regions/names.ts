/** How the policy text names regions: by their short form (呼和浩特 / Hohhot), or all at once (各盟市). */
import type { Locale } from '../../i18n/locales.ts';

/** The words with which an item addresses every league and city, in each language's text. */
export const ALL_LEAGUES_PHRASE: Record<Locale, string> = { zh: '各盟市', en: 'All leagues and cities' };

/** Whether a text names the region, by the short form the policy uses. */
export const nameInText = (text: string, region: { short: string }): boolean => text.includes(region.short);
