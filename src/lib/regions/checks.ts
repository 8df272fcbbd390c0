/**
 * Build-time checks that tie regions, measures and policy sentences together. Each throws an Error that starts with
 * the file to fix and says what to do, so that a bad reference stops the build. (That a referenced region exists
 * is checked by the collections' reference().)
 */
import { textUnits, type PassageEntry } from '../document/model.ts';
import type { RegionData } from './model.ts';

const OUTLINE = 'src/content/outline.yaml';

/** Whether a text names the region, by its name or the short form the policy uses. */
const names = (text: string, region: RegionData) => text.includes(region.short) || text.includes(region.name);

/** A sentence the outline says names a region must name it, in every language. */
export function checkNamedRegions(passages: PassageEntry[], regions: RegionData[]): void {
  for (const passage of passages) {
    for (const unit of textUnits(passage)) {
      const text = unit.sentences.map((s) => s.text).join(' ');
      for (const n of unit.covers) {
        const addressee = passage.data.addressees.get(n);
        if (typeof addressee !== 'object') continue;
        for (const id of addressee.named) {
          const region = regions.find((r) => r.id === id)!;
          if (!names(text, region))
            throw new Error(
              `${OUTLINE}: sentence ${n} of '${passage.data.id}' names '${id}', but in ${passage.filePath} that sentence does not name ${region.short} (its short form in src/content/regions.yaml). Name only the leagues and cities the sentence's own words name, or correct the short form there.`,
            );
        }
      }
    }
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
