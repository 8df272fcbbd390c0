/**
 * Draws search results and the status line, with textContent only: a query is never parsed as HTML.
 * Each result names its kind in words (data-kind), then the policy's label and heading, a region's name
 * or a glossary term in this page's language first; the query in the status line is isolated in <bdi>,
 * so that a right-to-left override in it cannot reorder the sentence around it.
 */
import type { SearchResult, Segment } from '../lib/search/engine.ts';
import type { Prepared } from './search-suggest.ts';

export type Strings = Record<'empty' | 'none' | 'one' | 'other' | 'noTerms' | 'suggest', string> & {
  kindOf: Record<string, string>;
};
export interface View {
  root: URL;
  strings: Strings;
  locale: string;
  /** Between a label and its heading in the page's language (src/i18n/locales.ts). */
  gap: string;
  /** The lang of the language glossary terms are shown beside (the page's counterpart). */
  otherLang: string;
  searchPage: URL;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function marked(segments: Segment[]): (Node | string)[] {
  return segments.map(({ text, mark }) => (mark ? element('mark', '', text) : text));
}

/** Fills a sentence's {{q}} and {{count}}; the query goes into its own <bdi>. */
function sentence(template: string, query: string, count: number): (Node | string)[] {
  return template
    .split(/(\{\{\w+\}\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{{q}}' ? element('bdi', '', query.trim().slice(0, 40)) : part === '{{count}}' ? String(count) : part,
    );
}

/** The status line: what to do, how many were found, or that nothing holds the query. */
export function renderStatus(
  status: HTMLElement,
  query: string,
  count: number,
  hasTerms: boolean,
  strings: Strings,
): void {
  const template = !query.trim()
    ? strings.empty
    : !hasTerms
      ? strings.noTerms
      : count
        ? count === 1
          ? strings.one
          : strings.other
        : strings.none;
  status.replaceChildren(...sentence(template, query, count));
}

/** A site path as a link from this page: directories get index.html, as on disk there is no index file. */
const href = (path: string, root: URL) => new URL(path.slice(1).replace(/\/(#|$)/, '/index.html$1'), root).href;

function result({ record, heading, excerpt }: SearchResult, view: View): HTMLLIElement {
  const kind = element('span', 'search-kind', view.strings.kindOf[record.kind] ?? record.kind);
  kind.dataset.kind = record.kind;
  const link = element('a', 'search-hit');
  link.href = href(record.path, view.root);
  const title = marked(heading.length ? heading : [{ text: record.heading, mark: false }]);
  if (record.kind === 'policy')
    link.append(element('span', 'label', record.label), view.gap, ...title); // 三（四）支持… / III (4) Support…
  else {
    // A term or a region in this page's language first; after a glossary term, its rendering in the other
    // language (the record's text, so that either language finds it), marked where it matched.
    const glossary = record.kind === 'glossary';
    const other = element('span', 'label', ...(glossary ? marked(excerpt) : [record.label]));
    if (glossary) other.lang = view.otherLang;
    link.append(element('span', 'search-term', ...title), ' ', other);
  }
  const item = element('li', 'search-result', kind, link);
  if (record.kind !== 'glossary' && excerpt.some((s) => s.text.trim()))
    item.append(element('p', 'search-excerpt', ...marked(excerpt)));
  return item;
}

/** Glossary terms to try, each a link that runs its search (here, or on the search page when opened apart). */
function suggestionLine(terms: Prepared[], view: View): HTMLElement {
  const line = element('p', 'search-suggest', view.strings.suggest);
  for (const [i, { record }] of terms.entries()) {
    const url = new URL(view.searchPage);
    url.search = `?q=${encodeURIComponent(record.heading)}`;
    const link = element('a', '', record.heading);
    link.href = url.href;
    link.dataset.suggest = record.heading;
    line.append(i ? ' · ' : ' ', link);
  }
  return line;
}

export function renderResults(
  list: HTMLElement,
  query: string,
  results: SearchResult[],
  suggestions: Prepared[],
  view: View,
): void {
  const children: HTMLElement[] = [];
  if (results.length) children.push(element('ol', 'search-result-list', ...results.map((r) => result(r, view))));
  if (suggestions.length) children.push(suggestionLine(suggestions, view));
  list.replaceChildren(...children);
  list.dataset.query = query;
  list.dataset.count = String(results.length);
}
