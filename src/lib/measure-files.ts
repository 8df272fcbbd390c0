/**
 * Where local implementation measures live. Astro warns when a page asks for an empty collection
 * ("does not exist or is empty"); for measures, empty is the expected state until one is recorded, so
 * readers look at the folder first and ask the collection only when a measure file is there.
 */
import { globSync } from 'node:fs';

export const MEASURES_BASE = './src/content/measures';
export const MEASURES_PATTERN = '{zh,en}/*.mdx';

/** The measure files on disk, relative to the project root (the build runs there). */
export function measureFiles(): string[] {
  return ['zh', 'en'].flatMap((locale) => globSync(`src/content/measures/${locale}/*.mdx`)).sort();
}
