/** The regions as src/content/regions.yaml gives them, for tests of the region pages and the picture. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RegionMap } from '../../src/lib/regions/model.ts';
import { isSource, sourceLocale, type Locale } from '../../src/i18n/locales.ts';

interface RegionFacts {
  order: number;
  kind: 'league' | 'city';
  name: { zh: string; en: string };
  short: { zh: string; en: string };
  map: RegionMap;
}
export const REGIONS = parse(readFileSync('src/content/regions.yaml', 'utf8')) as Record<string, RegionFacts>;
/** Region ids, in the customary official order. */
export const REGION_IDS = Object.keys(REGIONS).sort((a, b) => REGIONS[a]!.order - REGIONS[b]!.order);
export const regionName = (id: string, locale: Locale) => REGIONS[id]!.name[locale];
/** A region page's heading as read: its name, and on a translation's page the original's name after it. */
export const regionHeading = (id: string, locale: Locale) =>
  isSource(locale) ? regionName(id, locale) : `${regionName(id, locale)} ${regionName(id, sourceLocale)}`;
/** The regions that 四（三） names. */
export const NAMED = ['hohhot', 'baotou', 'chifeng'];
/** The regions along the region's arc, south-west to north-east: the map's tab order. */
export const ARC = [
  'alxa',
  'wuhai',
  'bayannur',
  'ordos',
  'baotou',
  'hohhot',
  'ulanqab',
  'xilingol',
  'chifeng',
  'tongliao',
  'hinggan',
  'hulunbuir',
];
