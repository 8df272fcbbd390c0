/**
 * Glossary terms to suggest when the box is empty or nothing matches: the terms the policy text uses
 * most (by how many of its passages hold each as written), so a reader who does not know what to type sees the
 * document's own vocabulary, in this page's language.
 */
import { search, type Prepared, type SearchIndex } from '../lib/search/engine.ts';

const HOW_MANY = 5;

export function glossarySuggestions(index: SearchIndex): Prepared[] {
  return index.records
    .filter((entry) => entry.record.kind === 'glossary')
    .map((entry) => ({
      entry,
      uses: search(index, entry.record.heading, { kinds: ['policy'] }).filter((r) => !r.related).length,
    }))
    .filter(({ uses }) => uses > 0)
    .sort((a, b) => b.uses - a.uses)
    .slice(0, HOW_MANY)
    .map(({ entry }) => entry);
}
