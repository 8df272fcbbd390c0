/**
 * Every reference between collections resolves, or the build stops. The schemas declare references with
 * reference() (a measure's region, an outline line's regions, and whatever else content.config.ts declares), but
 * Astro only logs a reference to a missing entry, and getEntry() then returns nothing, so the measure or region
 * would silently vanish from the pages. This walks every entry's data as Astro does, finds each reference, and
 * throws one error naming every file and field that refers to a missing entry, and the file that should hold it.
 * It runs once, before the first page is rendered (the middleware) and before the loaders that follow references.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { collections } from '../../content.config.ts';
import { memo } from '../memo.ts';
import { referenceFaults, type Entry } from './faults.ts';

/** Throws, naming every file and field with a reference to a missing entry. */
export const checkReferences = memo(async () => {
  const names = Object.keys(collections) as CollectionKey[];
  const loaded = await Promise.all(names.map((name) => getCollection(name) as Promise<Entry[]>));
  const faults = referenceFaults(Object.fromEntries(names.map((name, i) => [name, loaded[i]!])));
  if (faults.length) throw new Error(`${faults.length} reference(s) name no entry:\n  ${faults.join('\n  ')}`);
});
