/**
 * The search box in the browser: loads this language's records once, searches as the reader types,
 * and renders results with textContent only (a query is never parsed as HTML). Compiled to
 * search/client.js by integrations/search.ts; public/search-launch.js imports it when search opens.
 */
import { prepareIndex, search, type SearchIndex, type Segment } from '../lib/search-engine.ts';
import { parseQuery } from '../lib/search-query.ts';
import type { SearchKind, SearchRecord } from '../lib/search-record.ts';

type Strings = Record<'empty' | 'loading' | 'none' | 'one' | 'other' | 'noTerms' | 'error' | 'part', string> & Record<string, string>;

const root = new URL('../', import.meta.url);
const indexes = new Map<string, Promise<SearchIndex>>();

function loadIndex(locale: string): Promise<SearchIndex> {
  let index = indexes.get(locale);
  if (!index) {
    index = fetch(new URL(`${locale}/search/records.json`, root))
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return response.json() as Promise<{ records: SearchRecord[] }>;
      })
      .then(({ records }) => prepareIndex(records));
    index.catch(() => indexes.delete(locale));
    indexes.set(locale, index);
  }
  return index;
}

function marked(parent: HTMLElement, segments: Segment[]): void {
  for (const { text, mark } of segments) {
    if (!mark) { parent.append(text); continue; }
    const m = document.createElement('mark');
    m.textContent = text;
    parent.append(m);
  }
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_all, key: string) => String(values[key] ?? ''));

/** Wires one search form: [data-search] with input[name=q], optional filters, a status line and #search-results. */
export async function mount(form: HTMLFormElement, options: { syncUrl?: boolean } = {}): Promise<void> {
  if (form.dataset.mounted) return;
  form.dataset.mounted = 'true';
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const locale = form.dataset.locale ?? 'zh';
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLElement>('#search-results')!;
  const partSelect = form.querySelector<HTMLSelectElement>('select[name=part]');
  const kindBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]')];
  let latest = 0;

  const run = async () => {
    const ticket = ++latest;
    const query = input.value;
    if (options.syncUrl) {
      // The address always holds the search, so that it can be shared or bookmarked, filters included.
      const url = new URL(location.href);
      url.searchParams.delete('kind');
      for (const [key, value] of [['q', query], ['part', partSelect?.value ?? '']] as const) {
        if (value) url.searchParams.set(key, value); else url.searchParams.delete(key);
      }
      if (kindBoxes.some((box) => !box.checked)) for (const box of kindBoxes.filter((b) => b.checked)) url.searchParams.append('kind', box.value);
      history.replaceState(null, '', url);
    }
    if (!query.trim()) return render(ticket, query, null, strings.empty);
    if (!parseQuery(query).length) return render(ticket, query, null, strings.noTerms);
    let index: SearchIndex;
    try {
      if (!indexes.has(locale)) status.textContent = strings.loading;
      index = await loadIndex(locale);
    } catch {
      return render(ticket, query, null, strings.error);
    }
    const part = partSelect?.value ? Number(partSelect.value) : undefined;
    const kinds = kindBoxes.filter((box) => box.checked).map((box) => box.value as SearchKind);
    const results = search(index, query, { part, kinds: kindBoxes.length ? kinds : undefined });
    if (kindBoxes.length && !kinds.length) return render(ticket, query, [], strings.none);
    render(ticket, query, results, null);
  };

  const render = (ticket: number, query: string, results: ReturnType<typeof search> | null, message: string | null) => {
    if (ticket !== latest) return; // a later keystroke has already answered
    const items = results ?? [];
    status.textContent = message ?? (items.length === 0
      ? fill(strings.none, { q: query.trim().slice(0, 40) })
      : fill(items.length === 1 ? strings.one : strings.other, { count: items.length }));
    const ol = document.createElement('ol');
    ol.className = 'search-result-list';
    for (const { record, heading, excerpt } of items) {
      const li = document.createElement('li');
      li.className = 'search-result';
      const link = document.createElement('a');
      link.href = new URL(record.path.slice(1).replace(/\/(#|$)/, '/index.html$1'), root).href;
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = record.label;
      link.append(label, document.documentElement.lang === 'en' ? ' ' : ''); // (4) Support… / （四）支持…
      marked(link, heading.length ? heading : [{ text: '', mark: false }]);
      li.append(link);
      if (excerpt.some((s) => s.text.trim())) {
        const p = document.createElement('p');
        p.className = 'search-excerpt';
        marked(p, excerpt);
        li.append(p);
      }
      ol.append(li);
    }
    list.replaceChildren(...(items.length ? [ol] : []));
    list.dataset.query = query;
    list.dataset.count = String(items.length);
  };

  form.addEventListener('input', run);
  form.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    // On the search page results are already live; elsewhere Enter opens the search page with the query.
    if (options.syncUrl) event.preventDefault();
  });
  // Fetch the index as soon as search opens, so that it is usually there by the first keystroke.
  // The dialog's part filter is filled from it: a page's HTML carries only "all parts", so that every
  // page stays the same size however many parts the document has (issue 7: cost grows linearly).
  loadIndex(locale).then((index) => {
    if (!partSelect || partSelect.options.length > 1) return;
    for (const { record } of index.records) {
      if (record.kind === 'policy' && record.part && record.id === `p${record.part}`) partSelect.append(new Option(`${record.label}${document.documentElement.lang === 'en' ? ' ' : ''}${record.heading}`, String(record.part)));
    }
  }).catch(() => undefined);
  if (options.syncUrl) {
    const params = new URL(location.href).searchParams;
    input.value = params.get('q') ?? input.value;
    const part = params.get('part');
    if (partSelect && part && [...partSelect.options].some((o) => o.value === part)) partSelect.value = part;
    const kinds = params.getAll('kind');
    if (kinds.length) for (const box of kindBoxes) box.checked = kinds.includes(box.value);
  }
  await run();
}
