/**
 * The regions model: the twelve leagues and cities joined with the policy items that name them or apply
 * to them, and with the local measures recorded for them. Pure; src/lib/region-content.ts feeds it.
 */
import type { Locale } from '../i18n/index.ts';
import type { PassageEntry } from './document.ts';
import { checkItemReferences, checkMeasures, checkRegions } from './region-checks.ts';

export type RegionKind = 'league' | 'city';
export interface RegionData { id: string; name: string; kind: RegionKind; order: number; tile: [number, number] }
export interface MeasureData { region: string; title: string; issuer: string; date: string; source: string; items: string[] }

export interface RegionEntry<Body = unknown> { filePath: string; locale: Locale; data: RegionData; body: Body }
/** A measure; `id` is its file name, shared by the two languages' files. */
export interface MeasureEntry<Body = unknown> { filePath: string; locale: Locale; id: string; data: MeasureData; body: Body }

/** An item as it concerns one region: it names the region, addresses every league and city, or both. */
export interface RegionItem<P = unknown> { passage: PassageEntry<P>; names: boolean; appliesToAll: boolean }

export interface Region<P = unknown, M = unknown> {
  entry: RegionEntry;
  items: RegionItem<P>[];
  measures: MeasureEntry<M>[];
}

/** The words with which an item addresses every league and city, in each language's text. */
export const ALL_LEAGUES_PHRASE: Record<Locale, string> = { zh: '各盟市', en: 'All leagues and cities' };

/** The name as the policy text writes it: 呼和浩特市 → 呼和浩特, Hinggan League → Hinggan. */
export function nameStem(data: Pick<RegionData, 'name'>, locale: Locale): string {
  return locale === 'zh' ? data.name.replace(/[市盟]$/, '') : data.name.replace(/ League$/, '');
}

export function nameInText(text: string, data: Pick<RegionData, 'name'>, locale: Locale): boolean {
  return text.includes(nameStem(data, locale));
}

export interface RegionInput<P, M> {
  locale: Locale;
  regions: RegionEntry[];
  measures: MeasureEntry<M>[];
  /** Every passage in both languages (for the twin checks). */
  passages: PassageEntry<P>[];
  /** The passage's plain text, as the collection holds it. */
  textOf: (passage: PassageEntry<P>) => string;
}

/** The regions in one language, in the customary official order, after checking every reference. */
export function buildRegions<P, M>({ locale, regions, measures, passages, textOf }: RegionInput<P, M>): Region<P, M>[] {
  checkRegions(regions);
  checkItemReferences(passages as PassageEntry[], regions, textOf as (p: PassageEntry) => string);
  checkMeasures(measures, regions, passages as PassageEntry[]);
  const items = passages.filter((p) => p.locale === locale && p.data.kind === 'item');
  return regions
    .filter((r) => r.locale === locale)
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({
      entry,
      items: items
        .map((passage) => ({ passage, names: passage.data.regions.includes(entry.data.id), appliesToAll: passage.data.appliesTo === 'all-leagues' }))
        .filter((i) => i.names || i.appliesToAll),
      measures: measures
        .filter((m) => m.locale === locale && m.data.region === entry.data.id)
        .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)),
    }));
}

/** One sentence of an item's text, and why a region page marks it. */
export interface QuotedSentence { text: string; names: boolean; addressesAll: boolean }

/**
 * An item's text cut into paragraphs and sentences, so that a region page can quote the item whole and
 * mark the sentences that name the region or address every league and city. The text is the item's own.
 */
export function quoteFor(text: string, region: Pick<RegionData, 'name'>, locale: Locale): QuotedSentence[][] {
  const split = locale === 'zh' ? /(?<=。)/ : /(?<=\.)\s+/;
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((paragraph) =>
      paragraph.split(split).filter(Boolean).map((sentence) => ({
        text: sentence,
        names: nameInText(sentence, region, locale),
        addressesAll: sentence.includes(ALL_LEAGUES_PHRASE[locale]),
      })),
    );
}

/** How an item is cited in running text: 四（三） / IV (3). */
export function itemReference(partLabel: string, itemLabel: string, locale: Locale): string {
  return locale === 'zh' ? partLabel.replace(/、$/, '') + itemLabel : `${partLabel.replace(/\.$/, '')} ${itemLabel}`;
}
