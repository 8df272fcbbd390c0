/**
 * The view of a passage's text that pages render (./render.ts), with the glossary and the original's units it
 * depends on loaded once per build.
 */
import { isSource, sourceLocale } from '../../i18n/locales.ts';
import { loadGlossary } from '../glossary/content.ts';
import { loadDocument, type PolicyEntry } from './content.ts';
import { passagesOf, textUnits, type PassageEntry } from './model.ts';
import { passageView } from './render.ts';

/**
 * The passage's paragraphs, sentences and linked terms, as its language shows them. The original links policy terms
 * only, never the names of leagues and cities: its readers know them, the glossary's use for them is their English
 * rendering, and the item's own links to the regions it names (ItemRegions) already lead to their pages; so a
 * Chinese paragraph such as 四（三） carries a few quiet marks rather than eleven. Translations link both.
 */
export async function viewOf(passage: PassageEntry<PolicyEntry>) {
  const terms = await loadGlossary();
  if (isSource(passage.locale))
    return passageView(
      passage,
      terms.filter((term) => term.kind !== 'region'),
    );
  const original = passagesOf(await loadDocument(sourceLocale)).find((p) => p.data.id === passage.data.id)!;
  return passageView(passage, terms, { units: textUnits(original), locale: sourceLocale });
}
