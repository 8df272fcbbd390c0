/**
 * Opens search from every page: the header button, "/" and Ctrl+K (⌘K), and the search page's own form.
 * The engine (with the form that asks it) and this language's records are classic scripts, added to the page when
 * search is opened (and the form asks for more later): browsers run a <script src> from disk (file://), where they
 * refuse fetch() and modules. Their URLs come from the page's <template data-search-scripts>, which also makes them page requisites of a wget mirror.
 */
import type { RecordFile, WireSet } from '../lib/search/records.ts';
import type {} from './search.ts'; // the global policySearch

declare global {
  var policySearchRecords: Record<string, WireSet> | undefined;
}

const page = document.querySelector<HTMLFormElement>('form[data-search-page]');
const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
const template = document.querySelector<HTMLTemplateElement>('template[data-search-scripts]');
const loading = new Map<string, Promise<void>>();
let returnTo: Element | null = null;

/** Adds one of the template's classic scripts to the page, once; resolves when it has run. A failure may be retried. */
function addScript(file: string): Promise<void> {
  // Its src ends with the file's name: engine.js, or records.js, more.js, cross.js (bare on the search page itself).
  const src = template?.content.querySelector(`[src$="${file}.js"]`)?.getAttribute('src') ?? '';
  const added =
    loading.get(file) ??
    new Promise<void>((done, fail) => {
      const script = document.createElement('script');
      script.src = new URL(src, document.baseURI).href;
      script.onload = () => done();
      script.onerror = () => {
        script.remove();
        loading.delete(file);
        fail(new Error(src));
      };
      document.head.append(script);
    });
  loading.set(file, added);
  return added;
}

async function mount(form: HTMLFormElement, syncUrl: boolean): Promise<void> {
  if (form.dataset.mounted) return;
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const load = (file: RecordFile) =>
    addScript(file).then(() => globalThis.policySearchRecords![`${form.dataset.locale}/${file}`]!);
  if (!globalThis.policySearch && status) status.textContent = strings.loading ?? '';
  try {
    const [, records] = await Promise.all([addScript('engine'), load('records')]);
    globalThis.policySearch!.mount(form, load, records, { syncUrl });
  } catch {
    if (status) status.textContent = strings.error ?? '';
  }
}

function open(): void {
  if (page) return page.querySelector<HTMLInputElement>('input[name=q]')?.focus();
  if (!dialog || dialog.open) return;
  returnTo = document.activeElement;
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input[name=q]');
  input?.focus();
  input?.select();
  const form = dialog.querySelector<HTMLFormElement>('form[data-search]');
  if (form) void mount(form, false);
}

// The header's Search link opens the dialog in place; a click that asks for a new tab or window still follows it.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]'))
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open();
  });
dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
dialog?.addEventListener('close', () => (returnTo as HTMLElement | null)?.focus?.());
// Esc closes at once, even from the search field (where it would first only clear the text).
dialog?.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  dialog.close();
});
// A click on the backdrop (outside the dialog's box) closes it.
dialog?.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});

document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (!slash && !ctrlK) return;
  event.preventDefault();
  open();
});

// On the search page search loads as the reader starts to use the form, or at once when the address
// already holds a search (?q=): before that the page runs no more script than any other (4 KiB budget).
if (page) {
  if (location.search) void mount(page, true);
  else
    for (const type of ['focusin', 'pointerdown'])
      page.addEventListener(type, () => void mount(page, true), { once: true });
}
