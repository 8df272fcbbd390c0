/**
 * Gathers every text a reader meets that the site writes itself, in every language, and holds it to ./rules.ts:
 * the document's names, the translations' headings, sentences and translator's notes, the glossary's and the
 * regions' notes, the local measures, the revision log, the About pages and the interface strings. The original's
 * policy text is the source, verbatim, and is never held to a house style. It runs once, before the first page
 * (the middleware), and a fault stops the build naming the file and field.
 */
import { getCollection } from 'astro:content';
import { stringsOf } from '../../i18n/index.ts';
import { byLocale, isSource, locales, sourceLocale, translations, type Locale } from '../../i18n/locales.ts';
import { loadDocument } from '../document/content.ts';
import { passagesOf } from '../document/model.ts';
import { DOCUMENTS_FILE } from '../document/provenance.ts';
import { loadGlossary } from '../glossary/content.ts';
import { memo } from '../memo.ts';
import { wordingFaults, type Said } from './rules.ts';

type PerLocale = Record<Locale, string>;
const pair = (place: string, text: PerLocale | Partial<PerLocale> | undefined, about?: string): Said[] =>
  text ? [{ place, text, paired: true, about }] : [];

/** An MDX page's words: without code, link targets, HTML or expressions, which no reader reads as prose. */
const prose = (body: string) =>
  body
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');

async function texts(): Promise<Said[]> {
  const said: Said[] = [];
  for (const { id, data } of await getCollection('documents')) {
    for (const field of ['title', 'issuer', 'genre', 'jurisdiction'] as const)
      said.push(...pair(`${DOCUMENTS_FILE} ('${id}') '${field}'`, data[field]));
    // The short names are names, not translations: each language's says what lets its readers place the document
    // (the English one the region, the subject and the year a stranger needs), so they may keep different words.
    for (const field of ['short', 'tiny'] as const)
      said.push({ place: `${DOCUMENTS_FILE} ('${id}') '${field}'`, text: data[field], paired: false });
  }
  for (const locale of translations)
    for (const passage of passagesOf(await loadDocument(locale))) {
      const words = [passage.data.heading ?? '', ...passage.text.sentences.map((s) => s.text)].join('\n');
      said.push({ place: passage.filePath, text: { [locale]: words }, paired: false });
      for (const note of passage.text.notes)
        said.push(...pair(`${passage.filePath} (translator’s note ${note.n})`, note.text));
    }
  for (const { id, data, filePath } of await getCollection('glossary'))
    said.push(...pair(`${filePath ?? `src/content/glossary/${id}.yaml`} 'note'`, data.note, id));
  for (const { id, data } of await getCollection('regions')) {
    said.push(...pair(`src/content/regions.yaml ('${id}') 'note'`, data.note, id));
    said.push(...pair(`src/content/regions.yaml ('${id}') 'name'`, data.name));
  }
  for (const { id, data, filePath } of await getCollection('measures')) {
    const file = filePath ?? `src/content/measures/${id}.yaml`;
    said.push(
      ...pair(`${file} 'title'`, data.title),
      ...pair(`${file} 'issuer'`, data.issuer),
      ...pair(`${file} 'summary'`, data.summary),
      ...pair(`${file} 'dateNote'`, data.dateNote),
      ...pair(`${file} 'source.publisher'`, data.source.publisher),
      ...pair(`${file} 'source.reprintOf'`, data.source.reprintOf),
    );
  }
  for (const { id, data, filePath } of await getCollection('changes')) {
    const file = filePath ?? `src/content/changes/${id}.yaml`;
    said.push(...pair(`${file} 'title'`, data.title), ...pair(`${file} 'summary'`, data.summary));
    data.records.forEach((record, i) => said.push(...pair(`${file} 'records[${i}].why'`, record.why)));
  }
  for (const { id, body, filePath } of await getCollection('about'))
    said.push({
      place: filePath ?? `src/content/about/${id}.mdx`,
      text: { [id as Locale]: prose(body ?? '') },
      paired: false,
    });
  const strings = byLocale(stringsOf);
  for (const [key] of strings[sourceLocale])
    said.push(
      ...pair(
        `src/i18n/strings/{${locales.join(',')}}.json '${key}'`,
        byLocale((l) => strings[l].find(([k]) => k === key)?.[1] ?? ''),
      ),
    );
  return said.map((s) => ({
    ...s,
    // The original's policy text is never among them; its other texts are the site's own and keep its style.
    text: Object.fromEntries(Object.entries(s.text).filter(([l]) => s.paired || !isSource(l as Locale))),
  }));
}

/** Throws, naming every file, field and language, when a reader-facing text departs from the house style or the glossary. */
export const checkWording = memo(async () => {
  const faults = wordingFaults(await loadGlossary(), await texts(), sourceLocale);
  if (faults.length === 0) return;
  throw new Error(
    `Wording check: ${faults.length} fault(s) in what readers read:\n` +
      faults.map((f) => `  ${f.place} [${f.locale}]: ${f.message}.`).join('\n') +
      '\ndocs/CONTENT.md (“House style”) says what each rule asks.',
  );
});
