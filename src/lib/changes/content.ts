/**
 * The one place that reads the changes collection: the revisions of the translations, newest first, each held to the
 * text unit by unit (./records.ts: an edit without a record stops the build, naming the unit).
 */
import { getCollection } from 'astro:content';
import { translations, type Locale } from '../../i18n/locales.ts';
import { loadDocument, loadIdentity } from '../document/content.ts';
import { passagesOf as passagesOfDocument, textUnits } from '../document/model.ts';
import { DOCUMENTS_FILE } from '../document/provenance.ts';
import { memo } from '../memo.ts';
import { checkChanges, instant, newestFirst, type Change } from './log.ts';
import { checkRecords, type CurrentUnit } from './records.ts';

/** Every translated unit as it reads today, by language: the title, each heading, each sentence. */
async function currentUnits(): Promise<Map<Locale, Map<string, CurrentUnit>>> {
  const identity = await loadIdentity();
  const byLocale = new Map<Locale, Map<string, CurrentUnit>>();
  for (const locale of translations) {
    const units = new Map<string, CurrentUnit>([
      ['title', { text: identity.title[locale], file: DOCUMENTS_FILE, name: 'the title' }],
    ]);
    for (const passage of passagesOfDocument(await loadDocument(locale))) {
      const { data, filePath: file } = passage;
      if (data.heading) units.set(data.id, { text: data.heading, file, name: `the heading of ${data.id}` });
      for (const unit of textUnits(passage))
        units.set(unit.id, {
          text: unit.sentences.map((s) => s.text).join(' '),
          file,
          name: `sentence ${unit.covers[0]} of ${data.id}`,
        });
    }
    byLocale.set(locale, units);
  }
  return byLocale;
}

async function load(): Promise<Change[]> {
  const all = (await getCollection('changes')).map((entry) => ({
    ...entry.data,
    id: entry.id,
    filePath: entry.filePath ?? `src/content/changes/${entry.id}.yaml`,
  }));
  checkChanges(all);
  checkRecords(
    all.map((c) => ({ filePath: c.filePath, instant: instant(c), records: c.records })),
    await currentUnits(),
  );
  return newestFirst(all);
}

/** Every revision, newest first; throws (failing the build) when the log and the text disagree. */
export const loadChanges = memo(load);
