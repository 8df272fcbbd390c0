/** The regions as the content files give them, for e2e tests of the region pages and the picture. */
import { readPolicyEntries } from './content.ts';

const regions = readPolicyEntries('src/content/regions');
/** Region ids, in the customary official order. */
export const REGION_IDS = regions.filter((r) => r.locale === 'zh').sort((a, b) => (a.data.order as number) - (b.data.order as number)).map((r) => r.data.id as string);
export const regionName = (id: string, locale: 'zh' | 'en') => regions.find((r) => r.locale === locale && r.data.id === id)!.data.name as string;
/** The regions that 四（三） names. */
export const NAMED = ['hohhot', 'baotou', 'chifeng'];
