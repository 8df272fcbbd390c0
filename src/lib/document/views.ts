/**
 * The view of a passage's text that pages render (./render.ts), with the glossary and the original's units it
 * depends on loaded once per build.
 */
import { isSource, sourceLocale } from '../../i18n/locales.ts';
import { loadGlossary } from '../glossary/content.ts';
import { loadDocument, type PolicyEntry } from './content.ts';
import { passagesOf, textUnits, type PassageEntry } from './model.ts';
import { passageView } from './render.ts';

/** The passage's paragraphs, sentences and linked terms, as its language shows them. */
export async function viewOf(passage: PassageEntry<PolicyEntry>) {
  const terms = await loadGlossary();
  if (isSource(passage.locale)) return passageView(passage, terms);
  const original = passagesOf(await loadDocument(sourceLocale)).find((p) => p.data.id === passage.data.id)!;
  return passageView(passage, terms, { units: textUnits(original), locale: sourceLocale });
}
