/**
 * Build-time checks that tie regions, measures and policy items together. Each throws an Error that
 * starts with the file to fix and says what to do, so that a bad reference stops the build.
 * Pure: src/lib/region-content.ts feeds them from the collections; tests feed them directly.
 */
import type { PassageEntry } from './document.ts';
import { checkTwinPairs } from './twins.ts';
import { ALL_LEAGUES_PHRASE, nameInText, type MeasureEntry, type RegionEntry } from './regions.ts';

/** Region ids in the customary official order, for messages. */
const knownIds = (regions: RegionEntry[]) => [...new Set([...regions].sort((a, b) => a.data.order - b.data.order).map((r) => r.data.id))];

export function checkRegions(regions: RegionEntry[]): void {
  checkTwinPairs(regions.map((r) => ({ ...r, key: r.data.id })), (r) => ({ kind: r.data.kind, order: r.data.order, tile: r.data.tile }), 'region id');
}

/**
 * An item's `regions` must be known region ids that its text really names, and `appliesTo: all-leagues`
 * needs the words that address every league and city; both languages must say the same.
 */
export function checkItemReferences(passages: PassageEntry[], regions: RegionEntry[], textOf: (p: PassageEntry) => string): void {
  const known = knownIds(regions);
  for (const passage of passages) {
    const { data, filePath, locale } = passage;
    for (const id of data.regions) {
      const region = regions.find((r) => r.data.id === id && r.locale === locale);
      if (!region) throw new Error(`${filePath}: 'regions' lists '${id}', which is not a region. Use one of: ${known.join(', ')} (files in src/content/regions/${locale}/).`);
      if (!nameInText(textOf(passage), region.data, locale))
        throw new Error(`${filePath}: 'regions' lists '${id}' but the text does not name ${region.data.name}. List only the regions the item's own text names.`);
    }
    if (data.appliesTo === 'all-leagues' && !textOf(passage).includes(ALL_LEAGUES_PHRASE[locale]))
      throw new Error(`${filePath}: 'appliesTo: all-leagues' but the text does not contain “${ALL_LEAGUES_PHRASE[locale]}”. Set it only on items addressed to every league and city.`);
  }
  checkTwinPairs(
    passages.map((p) => ({ ...p, key: p.data.id })),
    (p) => ({ regions: [...p.data.regions].sort(), appliesTo: p.data.appliesTo ?? null }),
    'id',
  );
}

/** A measure names a known region and known policy items; its twin agrees. */
export function checkMeasures(measures: MeasureEntry[], regions: RegionEntry[], passages: PassageEntry[]): void {
  const known = knownIds(regions);
  const passageIds = new Set(passages.filter((p) => p.data.kind === 'item').map((p) => p.data.id));
  for (const measure of measures) {
    if (!known.includes(measure.data.region))
      throw new Error(`${measure.filePath}: 'region' is '${measure.data.region}', which is not a region. Use one of: ${known.join(', ')}.`);
    for (const item of measure.data.items) {
      if (!passageIds.has(item))
        throw new Error(`${measure.filePath}: 'items' lists '${item}', which is not a policy item. Use ids such as 'p4-3' (files in src/content/policy/${measure.locale}/).`);
    }
  }
  checkTwinPairs(measures.map((m) => ({ ...m, key: m.id })), (m) => ({ region: m.data.region, date: m.data.date, items: m.data.items }), 'measure');
}
