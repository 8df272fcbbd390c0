/**
 * A search form at work, once the engine (search/engine.js) and this language's records have loaded: searches as
 * the reader types, says what it found in the status line, keeps the search page's address in step with the form,
 * fills the dialog's part filter, and lets the arrow keys move through the results (the engine draws the list).
 * Then it asks for more records (local measures, region pages, glossary, vocabulary), and, the first time a query is
 * in the other language's script, for that language's passages: each search is run again when they arrive, so what
 * is shown first never waits for them.
 */
import type { SearchKind, RecordFile, WireSet } from '../lib/search/records.ts';
import { prepareIndex, search, type SearchIndex } from '../lib/search/engine.ts';
import { parseQuery } from '../lib/search/query.ts';
import { fromWire } from '../lib/search/records.ts';
import { passageId, unqualified } from '../lib/document/ids.ts';
import { resultList, type Strings } from './search-results.ts';
import { moveThroughResults } from './search-keys.ts';
import { renderStatus, suggestionLine } from './search-status.ts';
import { glossarySuggestions } from './search-suggest.ts';

/** Wires one search form ([data-search]: input[name=q], filters, a status line, #search-results). */
export function mount(
  form: HTMLFormElement,
  load: (file: RecordFile) => Promise<WireSet>,
  wire: WireSet,
  options: { syncUrl: boolean },
): void {
  if (form.dataset.mounted) return;
  form.dataset.mounted = 'true';
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const { gap = '', otherLang = '', otherScript = '' } = form.dataset;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLElement>('#search-results')!;
  const partSelect = form.querySelector<HTMLSelectElement>('select[name=part]');
  const kindBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]')];
  const own = fromWire(wire);
  let index: SearchIndex = prepareIndex(own.records);
  let suggestions = glossarySuggestions(index);
  /** The other language's passages, once a query in its script has asked for them. */
  let other: Promise<SearchIndex> | undefined;
  let otherIndex: SearchIndex | undefined;
  const inOtherScript = new RegExp(`[${otherScript}]`, 'u');
  const root = new URL(form.dataset.root ?? './', location.href);
  const view = {
    // Directories get index.html, as on disk there is no index file.
    href: (path: string) => new URL(path.slice(1).replace(/\/(#|$)/, '/index.html$1'), root).href,
    strings,
    gap,
    otherLang,
    // The button's formaction, which a mirror tool leaves relative (httrack rewrites the form's action).
    searchPage: new URL(form.querySelector('[formaction]')?.getAttribute('formaction') ?? '', location.href),
  };

  let shown = '';
  const run = (again = false) => {
    const query = input.value;
    const part = partSelect?.value ? Number(partSelect.value) : undefined;
    const kinds = kindBoxes.filter((box) => box.checked).map((box) => box.value as SearchKind);
    // The box's "change" as focus leaves it for a result must not redraw the result being focused.
    const asked = JSON.stringify([query, part, kinds]);
    if (asked === shown && !again) return;
    shown = asked;
    if (options.syncUrl) syncAddress(form, kindBoxes);
    const across = inOtherScript.test(query);
    if (across && !other) {
      other = load('cross').then((w) => {
        const set = fromWire(w);
        return (otherIndex = prepareIndex(set.records, set.vocabulary));
      });
      other.then(
        () => run(true),
        () => (other = undefined), // the next keystroke tries again
      );
    }
    const hasTerms = parseQuery(query).length > 0;
    const results =
      !hasTerms || (kindBoxes.length && !kinds.length)
        ? []
        : search(index, query, { part, kinds: kindBoxes.length ? kinds : undefined }, across ? otherIndex : undefined);
    renderStatus(status, query, results, hasTerms, strings);
    list.replaceChildren(
      ...(results.length ? [resultList(results, view)] : suggestions.length ? [suggestionLine(suggestions, view)] : []),
    );
    list.dataset.query = query;
    list.dataset.count = String(results.length);
  };

  form.addEventListener('input', () => run());
  form.addEventListener('change', () => run());
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
      if (record.part && unqualified(record.id) === passageId({ kind: 'part', part: record.part })) {
        partSelect.append(new Option(`${record.label}${gap}${record.heading}`, String(record.part)));
      }
    }
  }
  if (options.syncUrl) readAddress(input, partSelect, kindBoxes);
  run();
  // Measures and the glossary follow the first results (a failure leaves search as it is).
  load('more').then((w) => {
    const more = fromWire(w);
    index = prepareIndex([...own.records, ...more.records], more.vocabulary);
    suggestions = glossarySuggestions(index);
    run(true);
  }, Boolean);
}

/**
 * The search page's address holds the search, filters included, so that it can be shared or bookmarked: the form's
 * own fields, without empty ones, and the kinds only when some are left out.
 */
function syncAddress(form: HTMLFormElement, kindBoxes: HTMLInputElement[]): void {
  const all = kindBoxes.every((box) => box.checked);
  const url = new URL(location.href);
  url.search = new URLSearchParams(
    [...new FormData(form)].filter(([key, value]) => value && !(all && key === 'kind')) as string[][],
  ).toString();
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
