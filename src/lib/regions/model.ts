/**
 * The regions model: the twelve leagues and cities in one language, joined with the policy items that name them
 * or apply to them and with the local measures recorded for them. Pure; ./content.ts feeds it.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PassageEntry } from '../document/model.ts';
import { ALL_LEAGUES_PHRASE, nameInText } from './names.ts';
import { splitSentences } from '../document/sentences.ts';

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
  map: RegionMap;
}
export type Standing = 'official' | 'official-media' | 'reprint';
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

/** An item as it concerns one region: it names the region, addresses every league and city, or both. */
export interface RegionItem<P = unknown> {
  passage: PassageEntry<P>;
  names: boolean;
  appliesToAll: boolean;
}
export interface Region<P = unknown> {
  entry: { data: RegionData };
  items: RegionItem<P>[];
  measures: MeasureData[];
}

/** The regions in one language, in the customary official order. */
export function buildRegions<P>(regions: RegionData[], items: PassageEntry<P>[], measures: MeasureData[]): Region<P>[] {
  return [...regions]
    .sort((a, b) => a.order - b.order)
    .map((data) => ({
      entry: { data },
      items: items
        .map((passage) => ({
          passage,
          names: passage.data.regions.includes(data.id),
          appliesToAll: passage.data.appliesTo === 'all-leagues',
        }))
        .filter((i) => i.names || i.appliesToAll),
      measures: measures
        .filter((m) => m.region === data.id)
        .sort((a, b) => (a.date ?? '9').localeCompare(b.date ?? '9') || a.id.localeCompare(b.id)),
    }));
}

/** One sentence of an item's text, and why a region page marks it. */
export interface QuotedSentence {
  text: string;
  names: boolean;
  addressesAll: boolean;
}

/**
 * An item's text cut into paragraphs and sentences, so that a region page can quote the item whole and mark the
 * sentences that name the region or address every league and city. The text is the item's own.
 */
export function quoteFor(text: string, region: { short: string }, locale: Locale): QuotedSentence[][] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const sentences = splitSentences(paragraphs, locale);
  return paragraphs.map((_, index) =>
    sentences
      .filter((s) => s.paragraph === index)
      .map(({ text: sentence }) => ({
        text: sentence,
        names: nameInText(sentence, region),
        addressesAll: sentence.includes(ALL_LEAGUES_PHRASE[locale]),
      })),
  );
}
