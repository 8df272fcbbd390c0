/**
 * find-contents.js, for the 404 page, which a host serves at whatever address was missing, at a depth the page cannot
 * know. The page links this file from several depths (src/pages/404.astro); the link that reaches it is the one that
 * starts at the site's root, since the copy holds this file there only; so the folder this script was loaded from
 * is the root, with no request to find it. The page then shows the links to each language's contents and its search
 * box, their addresses made from that root. Without it (no script, or an address deeper than the links reach) the page keeps
 * its own words: the contents where it sits at the root, "up one level" deeper.
 *
 * Two links can reach a copy of this file where one copy of the site sits inside another: the deeper, nearer one is
 * the reader's. Every copy that loads notes its folder; the page is filled once the document is parsed, after all
 * of them have run (they are deferred).
 */
declare global {
  var policyReaderRoot: string | undefined;
}

function show(root: URL): void {
  // Relative to the address the page was served at, as every link of the site is, where the root is above it (as it
  // always is when the copy is served as it was made); absolute otherwise.
  const here = new URL('./', location.href);
  const below = here.origin === root.origin && here.pathname.startsWith(root.pathname);
  const up = below ? '../'.repeat(here.pathname.slice(root.pathname.length).split('/').length - 1) : '';
  const fromRoot = (path: string) => (below ? up + path : new URL(path, root).href);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-from-root] a'))
    link.setAttribute('href', fromRoot(link.getAttribute('href')!));
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-from-root]')) {
    form.setAttribute('action', fromRoot(form.getAttribute('action')!));
    for (const button of form.querySelectorAll('button'))
      button.setAttribute('formaction', form.getAttribute('action')!);
  }
  for (const guess of document.querySelectorAll('.below-root')) guess.remove();
  for (const found of document.querySelectorAll<HTMLElement>('[data-root-found]')) found.hidden = false;
}

const folder = new URL('./', (document.currentScript as HTMLScriptElement).src).href;
if (globalThis.policyReaderRoot === undefined)
  document.addEventListener('DOMContentLoaded', () => show(new URL(globalThis.policyReaderRoot!)));
if (folder.length > (globalThis.policyReaderRoot ?? '').length) globalThis.policyReaderRoot = folder;

// A module, so that its global declaration above augments the global scope.
export {};
