/**
 * The one place that decides what search can find, per language. Today: the policy's preamble,
 * parts and items. Region notes (kind "region") and glossary entries (kind "glossary") are added
 * here as they land, each a SearchRecord with its page's path and anchor.
 */
import { loadDocument } from './content.ts';
import { passagePath, type PassageEntry } from './document.ts';
import type { PolicyEntry } from './content.ts';
import type { SearchRecord } from './search-record.ts';
import { translator, type Locale } from '../i18n/index.ts';

/** MDX body as the reader sees it: paragraphs joined, markup removed. */
function plainText(body: string | undefined): string {
  return (body ?? '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`#>]/g, '')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function policyRecord(entry: PassageEntry<PolicyEntry>, locale: Locale): SearchRecord {
  const { data } = entry;
  return {
    id: data.id, kind: 'policy', part: data.part || undefined,
    label: data.kind === 'preamble' ? translator(locale)('search.preamble') : (data.label ?? ''),
    heading: data.heading ?? '',
    text: plainText(entry.body.body),
    path: data.kind === 'preamble' ? `/${locale}/#preamble` : data.kind === 'part' ? `/${locale}/${data.id}/` : passagePath(locale, data),
  };
}

/** Collected once per language: every page's search form reads them, so per page would grow with pages × entries. */
const collected = new Map<Locale, Promise<SearchRecord[]>>();

export function collectSearchRecords(locale: Locale): Promise<SearchRecord[]> {
  let records = collected.get(locale);
  if (!records) collected.set(locale, (records = collectRecords(locale)));
  return records;
}

async function collectRecords(locale: Locale): Promise<SearchRecord[]> {
  const document = await loadDocument(locale);
  const records: SearchRecord[] = [policyRecord(document.preamble, locale)];
  for (const { passage, items } of document.parts) {
    if (passage.data.source === 'absent') continue;
    records.push(policyRecord(passage, locale), ...items.map((item) => policyRecord(item, locale)));
  }
  return records;
}
