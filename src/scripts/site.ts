/**
 * The one script every page loads (site.js; pages read item by item have it inside reading.js). Without it every page still reads and
 * navigates; with it, the language switch keeps the reader's place and search opens from anywhere.
 */
import './search-launch.ts';
import { readingPlace } from './place.ts';

// On paper, the address the page was read at (PrintHeading writes the site path, which stays without script).
addEventListener('beforeprint', () => {
  for (const place of document.querySelectorAll('[data-print-address]'))
    place.textContent = location.href.replace(/#.*$/, '');
  for (const label of document.querySelectorAll<HTMLElement>('[data-print-label]'))
    label.textContent = label.dataset.printLabel!;
});

// The language switch keeps the place: the address's anchor, else the reader's place (place.ts; a sentence has the
// same anchor in every language, #p4-3-2), and the search page's query (?q=…) go along.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-lang-switch]') : null;
  if (!link) return;
  const place = readingPlace(document.querySelectorAll('.passage-heading[id],.pair[id],.sentence[id],.srow[id]'));
  link.href = link.href.replace(/[?#].*$/, '') + location.search + (location.hash || (place ? '#' + place.id : ''));
});

// Escape closes the disclosure the focus is in, the phone's menu or an item's tools (a <details> has no key of its own
// to close it, as the contents sheet and the search dialog have), and gives the focus back to its button. Not where a
// control already took the key (the search dialog closes itself, with its filters).
document.addEventListener('keydown', (event) => {
  const open =
    event.key === 'Escape' &&
    !event.defaultPrevented &&
    (event.target as Element).closest?.<HTMLDetailsElement>('details[open]');
  if (!open) return;
  open.open = false;
  open.querySelector('summary')!.focus();
});
