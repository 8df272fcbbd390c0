/**
 * Geometry of the schematic picture of the regions: equal tiles on a grid, columns west→east and rows
 * north→south, from each region's `tile`. A cartogram: it shows rough relative position, not area or borders.
 */
import type { Locale } from '../../i18n/index.ts';
import type { RegionData } from './model.ts';

export const TILE = { width: 128, height: 104, gap: 8, margin: 4 } as const;

export interface Tile { id: string; x: number; y: number; width: number; height: number; lines: string[] }

/**
 * The tile's label, in lines that fit a tile and read as the full name: 呼和浩特 / 市, Xilingol / League.
 * English city names are one line, exactly as the romanization table writes them.
 */
export function labelLines(data: Pick<RegionData, 'name'>, locale: Locale): string[] {
  if (locale === 'zh') return data.name.length > 4 ? [data.name.slice(0, -1), data.name.slice(-1)] : [data.name];
  const league = / League$/.exec(data.name);
  return league ? [data.name.slice(0, league.index), 'League'] : [data.name];
}

export function layout(regions: Pick<RegionData, 'id' | 'name' | 'tile'>[], locale: Locale) {
  const tiles: Tile[] = regions.map((r) => ({
    id: r.id,
    x: TILE.margin + r.tile[0] * TILE.width,
    y: TILE.margin + r.tile[1] * TILE.height,
    width: TILE.width - TILE.gap,
    height: TILE.height - TILE.gap,
    lines: labelLines(r, locale),
  }));
  const width = Math.max(...tiles.map((t) => t.x + t.width)) + TILE.margin;
  const height = Math.max(...tiles.map((t) => t.y + t.height)) + TILE.margin;
  for (const a of tiles) {
    const clash = tiles.find((b) => b !== a && Math.abs(a.x - b.x) < a.width && Math.abs(a.y - b.y) < a.height);
    if (clash) throw new Error(`src/content/regions.yaml: '${a.id}' has a 'tile' that overlaps ${clash.id}'s tile in the schematic; give it a free [column, row].`);
  }
  return { tiles, width, height };
}
