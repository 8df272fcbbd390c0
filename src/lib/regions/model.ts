/**
 * The regions model: the twelve leagues and cities in one language, joined with the sentences of the text that bind
 * them (as the outline states whom each sentence addresses) and with the local measures recorded for them. Pure;
 * ./content.ts feeds it.
 */
import { textUnits, type Addressee, type PassageEntry, type TextUnit } from '../document/model.ts';

export type RegionKind = 'league' | 'city';
/** Where a region is drawn on the schematic map (see ./map.ts): its outline and where its name goes. */
export interface RegionMap {
  d: string;
  label: [number, number];
  leader?: [number, number];
  anchor: 'middle' | 'start' | 'end';
}
/** A region in one language. */
export interface RegionData {
  id: string;
  kind: RegionKind;
  order: number;
  name: string;
  short: string;
  /** The day the public record was last searched for its measures (YYYY-MM-DD). */
  measuresSearched: string;
  map: RegionMap;
}
export type Standing = 'official' | 'official-media' | 'news' | 'reprint';
/** A local measure in one language; `titleOriginal` is the title as published, in the source's language. */
export interface MeasureData {
  id: string;
  region: string;
  date?: string;
  dateNote?: string;
  issuer: string;
  titleKind: 'published' | 'headline' | 'description';
  title: string;
  titleOriginal: string;
  items: string[];
  summary: string;
  source: { url: string; publisher: string; standing: Standing; reprintOf?: string };
}

/**
 * How a sentence reaches a league or city: it names it, it is addressed to every league and city, or to every level,
 * or it names others as examples ("such as …", 等) and so may reach it without saying so.
 */
export type Binding = 'names' | 'all-leagues' | 'all-levels' | 'such-as';
/** The order a region page lists them in: what names it first, what may reach it last. */
export const BINDINGS: Binding[] = ['names', 'all-leagues', 'all-levels', 'such-as'];

/** A sentence (or group of sentences, where a translation joins them) that binds one region, in one language. */
export interface BindingSentence<P = unknown> {
  passage: PassageEntry<P>;
  unit: TextUnit;
  how: Binding;
}
export interface Region<P = unknown> {
  entry: { data: RegionData };
  /** Every sentence that binds it, in document order. */
  binds: BindingSentence<P>[];
  measures: MeasureData[];
}

/** How sentences addressed as `addressees` bind region `id`, the strongest way first; undefined when they do not. */
export function bindingOf(addressees: (Addressee | undefined)[], id: string): Binding | undefined {
  if (addressees.some((a) => typeof a === 'object' && a.named.includes(id))) return 'names';
  if (addressees.includes('all-leagues')) return 'all-leagues';
  if (addressees.includes('all-levels')) return 'all-levels';
  if (addressees.some((a) => typeof a === 'object' && a.open)) return 'such-as';
  return undefined;
}

/** The regions in one language, in the customary official order, each with the sentences that bind it. */
export function buildRegions<P>(
  regions: RegionData[],
  passages: PassageEntry<P>[],
  measures: MeasureData[],
): Region<P>[] {
  return [...regions]
    .sort((a, b) => a.order - b.order)
    .map((data) => ({
      entry: { data },
      binds: passages.flatMap((passage) =>
        textUnits(passage).flatMap((unit) => {
          const how = bindingOf(
            unit.covers.map((n) => passage.data.addressees.get(n)),
            data.id,
          );
          return how ? [{ passage, unit, how }] : [];
        }),
      ),
      measures: measures
        .filter((m) => m.region === data.id)
        .sort((a, b) => (a.date ?? '9').localeCompare(b.date ?? '9') || a.id.localeCompare(b.id)),
    }));
}

/** The regions a passage's sentences name, by id, in the order they are first named. */
export function namedIn(passage: Pick<PassageEntry, 'data'>): string[] {
  return [...new Set([...passage.data.addressees.values()].flatMap((a) => (typeof a === 'object' ? a.named : [])))];
}

/** Whether a passage names its regions as examples (…等盟市): it may reach others too, and its label says so. */
export const namesAsExamples = (passage: Pick<PassageEntry, 'data'>): boolean =>
  [...passage.data.addressees.values()].some((a) => typeof a === 'object' && a.open);

/** Whether any sentence of a passage binds every league and city (by name or as part of every level). */
export const bindsAll = (passage: Pick<PassageEntry, 'data'>): boolean =>
  [...passage.data.addressees.values()].some((a) => a === 'all-leagues' || a === 'all-levels');
