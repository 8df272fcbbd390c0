/** The one place that reads the regions and measures collections and hands the regions model to pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadDocument, localeOf, type PolicyEntry } from './content.ts';
import type { PassageEntry, PolicyDocument } from './document.ts';
import { measureFiles } from './measure-files.ts';
import { itemReference, buildRegions, type MeasureEntry, type Region, type RegionEntry } from './regions.ts';
import type { Locale } from '../i18n/index.ts';

export type MeasureCollectionEntry = CollectionEntry<'measures'>;
export type PolicyRegion = Region<PolicyEntry, MeasureCollectionEntry>;

const fileName = (id: string) => id.split('/').pop()!;

function passagesOf(doc: PolicyDocument<PolicyEntry>): PassageEntry<PolicyEntry>[] {
  return [doc.preamble, ...doc.parts.flatMap((p) => [p.passage, ...p.items])];
}

let input: Promise<Omit<Parameters<typeof buildRegions<PolicyEntry, MeasureCollectionEntry>>[0], 'locale'>> | undefined;

async function read() {
  const regions: RegionEntry[] = (await getCollection('regions')).map((entry) => ({
    filePath: entry.filePath ?? `src/content/regions/${entry.id}.mdx`,
    locale: localeOf(entry.id),
    data: entry.data,
    body: entry,
  }));
  // Asked only when a measure file exists: Astro warns about an empty collection (see measure-files.ts).
  const measures: MeasureEntry<MeasureCollectionEntry>[] = measureFiles().length
    ? (await getCollection('measures')).map((entry) => ({
        filePath: entry.filePath ?? `src/content/measures/${entry.id}.mdx`,
        locale: localeOf(entry.id),
        id: fileName(entry.id),
        data: entry.data,
        body: entry,
      }))
    : [];
  const passages = [...passagesOf(await loadDocument('zh')), ...passagesOf(await loadDocument('en'))];
  return { regions, measures, passages, textOf: (p: PassageEntry<PolicyEntry>) => p.body.body ?? '' };
}

/** The twelve regions in one language, checked against the items and measures that refer to them. */
export async function loadRegions(locale: Locale): Promise<PolicyRegion[]> {
  input ??= read();
  return buildRegions({ ...(await input), locale });
}

/** How each item is cited in this language, by id: p4-3 → 四（三） / IV (3). */
export async function itemReferences(locale: Locale): Promise<Map<string, string>> {
  const doc = await loadDocument(locale);
  return new Map(doc.parts.flatMap(({ passage, items }) =>
    items.map((item) => [item.data.id, itemReference(passage.data.label ?? '', item.data.label ?? '', locale)] as const)));
}
