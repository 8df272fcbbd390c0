/**
 * The one place that decides what search can find, per language: the policy's preamble, parts and
 * items; the twelve region pages (kind "region"); the glossary's entries (kind "glossary"). Each is a
 * SearchRecord with its page's path and anchor.
 */
import { loadDocument, type PolicyEntry } from '../document/content.ts';
import type { PassageEntry } from '../document/model.ts';
import { reference } from '../document/naming.ts';
import { routes } from '../routes.ts';
import type { SearchRecord } from './records.ts';
import { translator } from '../../i18n/index.ts';
import { counterpartOf, type Locale } from '../../i18n/locales.ts';
import { memo } from '../memo.ts';
import { plainText } from '../document/text.ts';
import { loadRegionData } from '../regions/content.ts';
import { loadGlossary } from '../glossary/content.ts';

/** An item is named with its part, as it is cited: 三（四） / III (4). */
function policyRecord(
  entry: PassageEntry<PolicyEntry>,
  locale: Locale,
  part?: PassageEntry<PolicyEntry>,
): SearchRecord {
  const { data } = entry;
  return {
    id: data.id,
    kind: 'policy',
    part: data.part || undefined,
    label:
      data.kind === 'preamble' ? translator(locale)('search.preamble') : part ? reference(data, locale) : data.label,
    heading: data.heading ?? '',
    text: plainText(entry.text.paragraphs),
    path: routes.passage(locale, data),
  };
}

async function collectRecords(locale: Locale): Promise<SearchRecord[]> {
  const document = await loadDocument(locale);
  const records: SearchRecord[] = [policyRecord(document.preamble, locale)];
  for (const { passage, items } of document.parts) {
    if (passage.data.source === 'absent') continue;
    records.push(policyRecord(passage, locale), ...items.map((item) => policyRecord(item, locale, passage)));
  }
  const t = translator(locale);
  // A region is found by its name; its measures are read on its page, so that the first query's records stay within
  // their budget (tests/e2e/search-budget.spec.ts).
  for (const region of await loadRegionData(locale)) {
    records.push({
      id: `region-${region.id}`,
      kind: 'region',
      label: t(`regions.kind.${region.kind}`),
      heading: region.name,
      text: '',
      path: routes.region(locale, region.id),
    });
  }
  // A glossary entry is found by its term, in either language, as in a dictionary: the term in this page's language
  // is its heading, the other language's its text (shown beside the term, marked where it matched). Its note stays
  // on the glossary page, so that the first query's records stay within their budget (search-budget.spec.ts).
  for (const term of await loadGlossary()) {
    records.push({
      id: `term-${term.id}`,
      kind: 'glossary',
      label: '',
      heading: term.rendering[locale],
      text: term.rendering[counterpartOf(locale)],
      path: routes.glossary(locale, term.id),
    });
  }
  return records;
}

/** Collected once per language: every page's search form reads them, so per page would grow with pages × entries. */
export const collectSearchRecords = memo(collectRecords);
