/**
 * Build-time checks that tie regions, measures and policy items together. Each throws an Error that starts with
 * the file to fix and says what to do, so that a bad reference stops the build. (That a referenced region exists
 * is checked by the collections' reference().)
 */
import type { PassageEntry } from '../document/model.ts';
import { ALL_LEAGUES_PHRASE, nameInText } from './names.ts';
import type { RegionData } from './model.ts';

const OUTLINE = 'src/content/outline.yaml';

/** An item's regions must be ones its text really names, and all-leagues needs the words that address them all. */
export function checkItemReferences(
  passages: PassageEntry[],
  regions: RegionData[],
  textOf: (p: PassageEntry) => string,
): void {
  for (const passage of passages) {
    const { data, filePath, locale } = passage;
    for (const id of data.regions) {
      const region = regions.find((r) => r.id === id)!;
      if (!nameInText(textOf(passage), region))
        throw new Error(
          `${OUTLINE}: '${data.id}' lists the region '${id}', but ${filePath} does not name ${region.short} (its short form in src/content/regions.yaml). List only the regions the item's own text names, or correct the short form there.`,
        );
    }
    if (data.appliesTo === 'all-leagues' && !textOf(passage).includes(ALL_LEAGUES_PHRASE[locale]))
      throw new Error(
        `${OUTLINE}: '${data.id}' has 'appliesTo: all-leagues', but ${filePath} does not contain “${ALL_LEAGUES_PHRASE[locale]}”. Set it only on items addressed to every league and city.`,
      );
  }
}

/** A measure implements known policy items. */
export function checkMeasureItems(measures: { id: string; items: string[] }[], itemIds: Set<string>): void {
  for (const measure of measures) {
    const unknown = measure.items.find((id) => !itemIds.has(id));
    if (unknown)
      throw new Error(
        `src/content/measures/${measure.id}.yaml: 'items' lists '${unknown}', which is not a policy item. Use ids such as 'p4-3'.`,
      );
  }
}
