/**
 * The schematic map of the twelve regions: the frame every outline in src/content/regions.yaml is drawn in, where
 * the outlines come from, and the order a keyboard visits them. The outlines are simplified (about 4 km per unit),
 * so the map shows where a region lies and roughly its shape, never a boundary.
 *
 * Source: the Inner Mongolia map data shipped with Apache ECharts 4.9.0 (map/json/province/neimenggu.json),
 * Apache License 2.0, © The Apache Software Foundation. Changed: slivers cleaned, projected (Albers equal-area,
 * standard parallels 40° and 50° N, centre 112° E), simplified to 4 % of the vertices with the topology kept,
 * fitted to the frame and rounded to whole units. The data is no standard map of the Ministry of Natural Resources,
 * hence "schematic" in the caption. How it was made: docs/REGIONS-MAP.md.
 */
import type { RegionData } from './model.ts';

/** The frame of the outlines, in their own units (x to the east, y to the south). */
export const MAP_FRAME = { width: 600, height: 489 } as const;

/** The data's licence, linked from the About page. */
export const MAP_LICENCE_URL = 'https://www.apache.org/licenses/LICENSE-2.0';

/** A point inside the region's outline: where its leader line starts, or its label. */
export const innerPointOf = (map: RegionData['map']): [number, number] => map.leader ?? map.label;

/**
 * Keyboard order: along the region's long arc, from Alxa in the south-west to Hulunbuir in the north-east, i.e. by
 * each region's distance along that direction (east counts twice north), so that Tab never jumps back and forth.
 */
export function arcOrder<T extends Pick<RegionData, 'map'>>(regions: T[]): T[] {
  const along = (r: T) => innerPointOf(r.map)[0] - innerPointOf(r.map)[1] / 2;
  return [...regions].sort((a, b) => along(a) - along(b));
}

/** The name as written on the map: English leagues in two lines (Xilingol / League), all else in one. */
export function labelLines(name: string): string[] {
  const league = / League$/.exec(name);
  return league ? [name.slice(0, league.index), 'League'] : [name];
}
