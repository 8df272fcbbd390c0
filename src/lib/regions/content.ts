/** The one place that reads the regions and measures collections and hands the regions model to pages. */
import { getCollection } from 'astro:content';
import { loadDocument } from '../document/content.ts';
import { passagesOf } from '../document/model.ts';
import { sourceLocale, type Locale } from '../../i18n/locales.ts';
import { memo } from '../memo.ts';
import { buildRegions, type MeasureData, type Region, type RegionData } from './model.ts';
import { checkMeasureItems, checkNamedRegions } from './checks.ts';
import { checkReferences } from '../references/content.ts';

export type PolicyRegion = Region<Awaited<ReturnType<typeof loadDocument>>['preamble']['body']>;

/** The twelve regions in one language, in the customary order. */
export async function loadRegionData(locale: Locale): Promise<RegionData[]> {
  return (await getCollection('regions'))
    .map(({ id, data }) => ({
      id,
      kind: data.kind,
      order: data.order,
      name: data.name[locale],
      short: data.short[locale],
      measuresSearched: data.measuresSearched,
      map: data.map,
    }))
    .sort((a, b) => a.order - b.order);
}

async function loadMeasures(locale: Locale): Promise<MeasureData[]> {
  return (await getCollection('measures')).map(({ id, data }) => ({
    id,
    region: data.region.id,
    date: data.date,
    dateNote: data.dateNote?.[locale],
    issuer: data.issuer[locale],
    titleKind: data.titleKind,
    title: data.title[locale],
    titleOriginal: data.title[sourceLocale],
    items: data.items,
    summary: data.summary[locale],
    source: {
      url: data.source.url,
      publisher: data.source.publisher[locale],
      standing: data.source.standing,
      reprintOf: data.source.reprintOf?.[locale],
    },
  }));
}

async function build(locale: Locale): Promise<PolicyRegion[]> {
  // Region pages are listed (getStaticPaths) before any middleware runs: references are proved here too.
  await checkReferences();
  const regions = await loadRegionData(locale);
  const passages = passagesOf(await loadDocument(locale));
  checkNamedRegions(passages, regions);
  const measures = await loadMeasures(locale);
  checkMeasureItems(measures, new Set(passages.filter((p) => p.data.kind === 'item').map((p) => p.data.id)));
  return buildRegions(regions, passages, measures);
}

/** The twelve regions in one language, checked against the items and measures that refer to them. */
export const loadRegions = memo(build);
