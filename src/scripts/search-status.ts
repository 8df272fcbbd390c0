/**
 * The form's own lines (site.js): the status line, read out to screen readers, and the glossary terms it suggests
 * when the box is empty or nothing matches. The query in the status line is isolated in <bdi>, so that a
 * right-to-left override in it cannot reorder the sentence around it.
 */
import type { Prepared, SearchResult } from '../lib/search/engine.ts';
import type { Strings, View } from './search-results.ts';
import { element } from './dom.ts';

/** Fills a sentence's {{q}} and {{count}}; the query goes into its own <bdi>. */
function sentence(template: string, query: string, count: number): (Node | string)[] {
  return template
    .split(/(\{\{\w+\}\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{{q}}' ? element('bdi', '', query.trim().slice(0, 40)) : part === '{{count}}' ? String(count) : part,
    );
}

/** The status line: what to do, how many hold the query, or that none does; then how many related ones follow. */
export function renderStatus(
  status: HTMLElement,
  query: string,
  results: SearchResult[],
  hasTerms: boolean,
  strings: Strings,
): void {
  const related = results.filter((r) => r.related).length;
  const count = results.length - related;
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
  if (related) status.append(' ', ...sentence(strings.related, query, related));
}

/** Glossary terms to try, each a link that runs its search (here, or on the search page when opened apart). */
export function suggestionLine(terms: Prepared[], view: View): HTMLElement {
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
