/**
 * The one place that reads the changes collection: the revisions of the English, newest first, each passage id
 * checked against the document (the build fails, naming the file, on an unknown one), and where each passage
 * is read, so that the changes page and the feeds link every revised passage to its anchor.
 */
import { getCollection } from 'astro:content';
import { translator, type Locale } from '../../i18n/index.ts';
import { loadDocument } from '../document/content.ts';
import { labelGap, labelledHeading, reference } from '../document/naming.ts';
import { routes } from '../routes.ts';
import { checkChanges, newestFirst, type Change } from './log.ts';

let changes: Promise<Change[]> | undefined;

async function load(): Promise<Change[]> {
  const all = (await getCollection('changes')).map((entry) => ({
    ...entry.data,
    id: entry.id,
    filePath: entry.filePath ?? `src/content/changes/${entry.id}.yaml`,
  }));
  const document = await loadDocument('zh');
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
export function loadChanges(): Promise<Change[]> {
  changes ??= load();
  return changes;
}

/** A revised passage as the changes page and the feed name and link it: its site path with anchor, and its name. */
export interface PassagePlace {
  path: string;
  name: string;
}

/** Where each passage (and the title) is read in one language, by id. */
export async function passagePlaces(locale: Locale): Promise<Map<string, PassagePlace>> {
  const t = translator(locale);
  const document = await loadDocument(locale);
  const places = new Map<string, PassagePlace>([
    ['title', { path: `${routes.home(locale)}#title`, name: t('changes.titleItem') }],
    ['preamble', { path: routes.passage(locale, document.preamble.data), name: t('search.preamble') }],
  ]);
  for (const { passage, items } of document.parts) {
    const part = passage.data;
    if (part.source !== 'absent')
      places.set(part.id, { path: `${routes.passage(locale, part)}#${part.id}`, name: labelledHeading(part, locale) });
    for (const { data } of items) {
      places.set(data.id, {
        path: routes.passage(locale, data),
        name: `${reference(data, locale)}${labelGap(locale)}${data.heading ?? ''}`,
      });
    }
  }
  return places;
}
