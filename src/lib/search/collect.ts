/**
 * The one place that decides what search can find, per language, and in which file (records.ts says why three):
 *   records  the policy's preamble, parts and items;
 *   more     the local measures (title, issuer, summary), each at its anchor on its region's page; the twelve
 *            regions' pages; glossary entries; this language's vocabulary (synonyms, the words a question adds);
 *   cross    the other language's passages and their vocabulary, so that a query in its script finds them here.
 * Every record's id is what its path names (recordIdOf), so ids and paths follow one rule.
 */
import { loadDocument, loadIdentity, type PolicyEntry } from '../document/content.ts';
import type { PassageEntry } from '../document/model.ts';
import { recordId } from '../document/ids.ts';
import { reference } from '../document/naming.ts';
import { routes } from '../routes.ts';
import { recordIdOf, recordsKey, type RecordFile, type RecordSet, type SearchRecord } from './records.ts';
import { translator } from '../../i18n/index.ts';
import { counterpartOf, type Locale } from '../../i18n/locales.ts';
import { memo } from '../memo.ts';
import { plainText } from '../document/text.ts';
import { loadRegionData, loadRegions } from '../regions/content.ts';
import { loadGlossary } from '../glossary/content.ts';
import { loadVocabulary } from './vocabulary.ts';

type Fields = Omit<SearchRecord, 'id'>;

/** An item is named with its part, as it is cited: 三（四） / III (4). */
function policyRecord(entry: PassageEntry<PolicyEntry>, locale: Locale, part?: PassageEntry<PolicyEntry>): Fields {
  const { data } = entry;
  return {
    kind: 'policy',
    part: data.part || undefined,
    label:
      data.kind === 'preamble' ? translator(locale)('search.preamble') : part ? reference(data, locale) : data.label,
    heading: data.heading ?? '',
    text: plainText(entry.text.paragraphs),
    path: routes.passage(locale, data),
  };
}

async function policyRecords(locale: Locale): Promise<Fields[]> {
  const document = await loadDocument(locale);
  const records = [policyRecord(document.preamble, locale)];
  for (const { passage, items } of document.parts) {
    if (passage.data.source === 'absent') continue;
    records.push(policyRecord(passage, locale), ...items.map((item) => policyRecord(item, locale, passage)));
  }
  return records;
}

/** A region is found by its name in either language, as the glossary's terms are: its page's heading and label. */
async function regionRecords(locale: Locale): Promise<Fields[]> {
  const other = new Map((await loadRegionData(counterpartOf(locale))).map((r) => [r.id, r.name]));
  return (await loadRegionData(locale)).map((region) => ({
    kind: 'region',
    label: other.get(region.id) ?? '',
    heading: region.name,
    text: '',
    path: routes.region(locale, region.id),
  }));
}

/** A local measure by its title, issuer and summary, at its own anchor on its region's page (MeasureList.astro). */
async function measureRecords(locale: Locale): Promise<Fields[]> {
  return (await loadRegions(locale)).flatMap((region) =>
    region.measures.map((measure): Fields => ({
      kind: 'measure',
      label: measure.issuer,
      heading: measure.title,
      text: measure.summary,
      path: routes.region(locale, region.entry.data.id, recordId('measure', measure.id)),
    })),
  );
}

/** A glossary entry by its term in either language, as in a dictionary; its note stays on the glossary page. */
async function glossaryRecords(locale: Locale): Promise<Fields[]> {
  return (await loadGlossary()).map((term) => ({
    kind: 'glossary',
    label: term.rendering[counterpartOf(locale)],
    heading: term.rendering[locale],
    text: '',
    path: routes.glossary(locale, term.id),
  }));
}

async function collect(locale: Locale, file: RecordFile): Promise<RecordSet> {
  const { id: document } = await loadIdentity();
  const from = file === 'cross' ? counterpartOf(locale) : locale;
  const fields =
    file === 'records'
      ? await policyRecords(locale)
      : file === 'more'
        ? [...(await measureRecords(locale)), ...(await regionRecords(locale)), ...(await glossaryRecords(locale))]
        : // The other language's passages need only what finds and shows a match: heading, text, part and path.
          (await policyRecords(from)).map((r) => ({ ...r, label: '' }));
  return {
    locale: from,
    document,
    // The vocabulary serves related results; the first query's file leaves it to more.js (search-budget.spec.ts).
    ...(file === 'records' ? {} : { vocabulary: await loadVocabulary(from) }),
    records: fields.map((r) => ({ id: recordIdOf(r.kind, r.path, document), ...r })),
  };
}

const collected = memo((key: string) => collect(...(key.split('/') as [Locale, RecordFile])));

/** Collected once per language and file: every page's search form reads the records, so per page would be wasteful. */
export const collectSearchRecords = (locale: Locale, file: RecordFile = 'records') =>
  collected(recordsKey(locale, file));
