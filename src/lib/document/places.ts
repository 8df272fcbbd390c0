/**
 * Where each passage is read and what it is called, in one language: the one answer for every list that names and
 * links passages (the revision log and its feeds, the glossary's "occurs in", search results). Parts are named by
 * their label (三、 / III.), items as cited (三（四） / III (4)), the preamble and the title by interface strings.
 */
import { translator } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { loadDocument } from './content.ts';
import { labelledHeading, reference, sentenceName } from './naming.ts';
import { passagesOf, textUnits } from './model.ts';
import { memo } from '../memo.ts';
import { routes } from '../routes.ts';
import { PREAMBLE } from './ids.ts';

export interface PassagePlace {
  /** Site path with anchor: /zh/p3/#p3-4. */
  path: string;
  /** 三、 / 三（四） / 序言: the passage without its heading. */
  label: string;
  heading?: string;
  /** Label and heading as one name: 三（四）支持企业… / III (4) Support enterprises…. */
  name: string;
}

/** Every passage of the document, and the document's title ('title'), by id. */
export const passagePlaces = memo(async (locale: Locale): Promise<Map<string, PassagePlace>> => {
  const t = translator(locale);
  const document = await loadDocument(locale);
  const place = (path: string, label: string, heading?: string): PassagePlace => ({
    path,
    label,
    heading,
    name: heading ? labelledHeading({ label, heading }, locale) : label,
  });
  const places = new Map<string, PassagePlace>([
    ['title', place(`${routes.home(locale)}#title`, t('changes.titleItem'))],
    [PREAMBLE, place(routes.passage(locale, document.preamble.data), t('search.preamble'))],
  ]);
  for (const { passage, items } of document.parts) {
    const part = passage.data;
    places.set(part.id, place(`${routes.passage(locale, part)}#${part.id}`, part.label, part.heading));
    for (const { data } of items)
      places.set(data.id, place(routes.passage(locale, data), reference(data, locale), data.heading));
  }
  return places;
});

/** Where a recorded unit is read and what it is called: the title, a heading (三（四）标题), a sentence (三（四）第二句). */
export const unitPlaces = memo(async (locale: Locale): Promise<Map<string, PassagePlace>> => {
  const t = translator(locale);
  const passages = await passagePlaces(locale);
  const document = await loadDocument(locale);
  const places = new Map<string, PassagePlace>([['title', passages.get('title')!]]);
  for (const passage of passagesOf(document)) {
    const { data } = passage;
    const at = passages.get(data.id)!;
    const label = data.kind === 'part' ? reference(data, locale) : at.label;
    if (data.heading) places.set(data.id, { ...at, name: t('changes.headingOf', { passage: label }) });
    for (const unit of textUnits(passage)) {
      const name = sentenceName(label, unit.covers[0]!, locale);
      places.set(unit.id, { path: routes.sentence(locale, unit.id, data), label: name, name });
    }
  }
  return places;
});
