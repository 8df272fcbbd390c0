/**
 * The one place that reads the changes collection: the revisions of the English, newest first, each passage id
 * checked against the document (the build fails, naming the file, on an unknown one), and where each passage
 * is read (../document/places.ts), so that the changes page and the feeds link every revised passage to its anchor.
 */
import { getCollection } from 'astro:content';
import { sourceLocale } from '../../i18n/locales.ts';
import { loadDocument } from '../document/content.ts';
import { memo } from '../memo.ts';
import { checkChanges, newestFirst, type Change } from './log.ts';

async function load(): Promise<Change[]> {
  const all = (await getCollection('changes')).map((entry) => ({
    ...entry.data,
    id: entry.id,
    filePath: entry.filePath ?? `src/content/changes/${entry.id}.yaml`,
  }));
  const document = await loadDocument(sourceLocale);
  // A part the source lacks has no English to revise.
  const present = document.parts.filter((part) => part.passage.data.source !== 'absent');
  const ids = new Set([
    'title',
    'preamble',
    ...present.flatMap((part) => [part.passage.data.id, ...part.items.map((item) => item.data.id)]),
  ]);
  checkChanges(all, ids);
  return newestFirst(all);
}

/** Every revision, newest first; throws (failing the build) on a revision that names an unknown passage. */
export const loadChanges = memo(load);
