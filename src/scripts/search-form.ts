/**
 * A search form at work, once the engine (search/engine.js) and the records have loaded: searches as the
 * reader types, keeps the search page's address in step with the form, fills the dialog's part filter,
 * and lets the arrow keys move through the results (search-results.ts draws them).
 */
import type { SearchKind } from '../lib/search/records.ts';
import { renderResults, renderStatus, type Strings } from './search-results.ts';
import { glossarySuggestions } from './search-suggest.ts';
import { moveThroughResults } from './search-keys.ts';

import type { SearchEngine } from './search.ts';

/** Wires one search form ([data-search]: input[name=q], filters, a status line, #search-results). */
export function mount(
  form: HTMLFormElement,
  engine: SearchEngine,
  wire: unknown[],
  options: { syncUrl: boolean },
): void {
  const { prepareIndex, search, parseQuery, fromWire } = engine;
  if (form.dataset.mounted) return;
  form.dataset.mounted = 'true';
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const { locale = '', gap = '', otherLang = '' } = form.dataset;
  const root = new URL(form.dataset.root ?? './', location.href);
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLElement>('#search-results')!;
  const partSelect = form.querySelector<HTMLSelectElement>('select[name=part]');
  const kindBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]')];
  const index = prepareIndex(fromWire(locale, wire));
  const suggestions = glossarySuggestions(engine, index);
  const view = {
    root,
    strings,
    locale,
    gap,
    otherLang,
    // The button's formaction, which a mirror tool leaves relative (httrack rewrites the form's action).
    searchPage: new URL(form.querySelector('[formaction]')?.getAttribute('formaction') ?? '', location.href),
  };

  let shown = '';
  const run = () => {
    const query = input.value;
    const part = partSelect?.value ? Number(partSelect.value) : undefined;
    const kinds = kindBoxes.filter((box) => box.checked).map((box) => box.value as SearchKind);
    // The box's "change" as focus leaves it for a result must not redraw the result being focused.
    const asked = JSON.stringify([query, part, kinds]);
    if (asked === shown) return;
    shown = asked;
    if (options.syncUrl) syncAddress(query, partSelect, kindBoxes);
    const hasTerms = parseQuery(query).length > 0;
    const results =
      !hasTerms || (kindBoxes.length && !kinds.length)
        ? []
        : search(index, query, { part, kinds: kindBoxes.length ? kinds : undefined });
    renderStatus(status, query, results.length, hasTerms, strings);
    renderResults(list, query, results, results.length ? [] : suggestions, view);
  };

  form.addEventListener('input', run);
  form.addEventListener('change', run);
  // On the search page results are already live; elsewhere Enter opens the search page with the query.
  form.addEventListener('submit', (event) => {
    if (options.syncUrl) event.preventDefault();
  });
  form.addEventListener('keydown', (event) => moveThroughResults(event, input, list));
  // A suggested term runs its search here rather than leaving the page.
  list.addEventListener('click', (event) => {
    const term = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-suggest]') : null;
    if (!term || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    input.value = term.dataset.suggest ?? '';
    input.focus();
    run();
  });
  // A page carries only "all parts", so that every page stays the same size however long the document.
  if (partSelect && partSelect.options.length === 1) {
    for (const { record } of index.records) {
      // A part is read on its own page: its path has no anchor.
      if (record.kind === 'policy' && record.part && !record.path.includes('#')) {
        partSelect.append(new Option(`${record.label}${gap}${record.heading}`, String(record.part)));
      }
    }
  }
  if (options.syncUrl) readAddress(input, partSelect, kindBoxes);
  run();
}

/** The search page's address holds the search, filters included, so that it can be shared or bookmarked. */
function syncAddress(query: string, partSelect: HTMLSelectElement | null, kindBoxes: HTMLInputElement[]): void {
  const url = new URL(location.href);
  url.searchParams.delete('kind');
  for (const [key, value] of [
    ['q', query],
    ['part', partSelect?.value ?? ''],
  ] as const) {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  if (kindBoxes.some((box) => !box.checked))
    for (const box of kindBoxes.filter((b) => b.checked)) url.searchParams.append('kind', box.value);
  // A copy on disk may refuse to rewrite its file:// address; the search works all the same.
  try {
    history.replaceState(null, '', url);
  } catch {
    /* the address stays as it was */
  }
}

function readAddress(
  input: HTMLInputElement,
  partSelect: HTMLSelectElement | null,
  kindBoxes: HTMLInputElement[],
): void {
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? input.value;
  const part = params.get('part');
  if (partSelect && part && [...partSelect.options].some((o) => o.value === part)) partSelect.value = part;
  const kinds = params.getAll('kind');
  if (kinds.length) for (const box of kindBoxes) box.checked = kinds.includes(box.value);
}
