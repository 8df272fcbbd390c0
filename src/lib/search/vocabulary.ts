/** The one place that reads src/content/search-synonyms.yaml: each language's vocabulary, folded as queries are. */
import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { memo } from '../memo.ts';
import { fold } from './cjk.ts';
import type { Vocabulary } from './records.ts';

export const loadVocabulary = memo(async (locale: Locale): Promise<Vocabulary> => {
  const entries = (await getCollection('searchSynonyms')).map((e) => e.data);
  const words = (list: string[] | undefined) => (list ?? []).map(fold);
  return {
    same: entries.filter((e) => !e.ignore && e[locale]).map((e) => words(e[locale])),
    ignore: entries.filter((e) => e.ignore).flatMap((e) => words(e[locale])),
  };
});
