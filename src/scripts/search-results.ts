/**
 * Draws the list of results (search/engine.js; the status line and suggestions are the form's, search-status.ts).
 * Each result names its kind in words (data-kind), and says so when it is related rather than exact or was found
 * in the other language; then the policy's label and heading, a measure's title and issuer, a region's name or a
 * glossary term in this page's language first, beside its name in the other; then an excerpt, in the other
 * language (lang set) when the match is there.
 */
import type { SearchResult } from '../lib/search/engine.ts';
import { element, marked } from './dom.ts';

export type Strings = Record<
  'empty' | 'none' | 'one' | 'other' | 'related' | 'relatedTag' | 'across' | 'noTerms' | 'suggest',
  string
> & {
  kindOf: Record<string, string>;
};
export interface View {
  /** A site path (/zh/p3/#p3-4) as a link from this page. */
  href: (path: string) => string;
  strings: Strings;
  /** Between a label and its heading, or a name and its issuer or other name, in the page's language (src/i18n/locales.ts). */
  gap: string;
  /** The lang of the page's counterpart, whose names and matches are shown beside this language's. */
  otherLang: string;
  searchPage: URL;
}

function result({ record, heading, label, excerpt, related, across }: SearchResult, view: View): HTMLLIElement {
  const { strings, otherLang } = view;
  const kind = element('span', 'search-kind', strings.kindOf[record.kind]!);
  kind.dataset.kind = record.kind;
  for (const tag of [related && strings.relatedTag, across && strings.across])
    if (tag) kind.append(element('span', 'search-tag', tag));
  const link = element('a', 'search-hit');
  link.href = view.href(record.path);
  const own = (segments: typeof heading, text: string) => marked(segments.length ? segments : [{ text, mark: false }]);
  const title = own(heading, record.heading);
  const name = element('span', 'label', ...own(label, record.label));
  if (record.kind === 'policy')
    link.append(name, view.gap, ...title); // 三（四）支持… / III (4) Support…
  else {
    // A region or term in this page's language first, then its name in the other language (where either matched);
    // a measure's title, then its issuer, parted as this language parts words (in Chinese by a margin, not by a
    // space after a title's 》); names in two scripts by a space.
    if (record.kind !== 'measure') name.lang = otherLang;
    link.append(element('span', 'search-term', ...title), name.lang ? ' ' : view.gap, name);
  }
  const item = element('li', 'search-result', kind, link);
  item.dataset.match = related ? 'related' : 'exact';
  if (excerpt.some((s) => s.text.trim())) {
    const text = item.appendChild(element('p', 'search-excerpt', ...marked(excerpt)));
    if (across) text.lang = otherLang;
  }
  return item;
}

export function resultList(results: SearchResult[], view: View): HTMLOListElement {
  return element('ol', 'search-result-list', ...results.map((r) => result(r, view)));
}
