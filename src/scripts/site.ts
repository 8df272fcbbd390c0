/**
 * The one script every page loads (site.js; pages read item by item have it inside reading.js). Without it every page still reads and
 * navigates; with it, the language switch keeps the reader's place and search opens from anywhere.
 */
import './search-launch.ts';

/**
 * The reader's place: the last heading or sentence above the top third of the window; at the very bottom of the
 * page, where short last items never reach that line, the first in view. Sentences carry the same anchor in every
 * language (#p4-3-2), so the switch keeps the sentence.
 */
function visibleAnchor(): string {
  if (location.hash) return location.hash;
  const headings = [
    ...document.querySelectorAll<HTMLElement>('.passage-heading[id], .pair[id], .sentence[id], .srow[id]'),
  ];
  const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  const line = window.innerHeight / 3;
  const pick =
    atBottom && window.scrollY > 0
      ? headings.find((h) => h.getBoundingClientRect().top >= 0)
      : headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1);
  return pick ? '#' + pick.id : '';
}

// On paper, the address the page was read at (PrintHeading writes the site path, which stays without script).
addEventListener('beforeprint', () => {
  for (const place of document.querySelectorAll('[data-print-address]'))
    place.textContent = location.href.replace(/#.*$/, '');
  for (const label of document.querySelectorAll<HTMLElement>('[data-print-label]'))
    label.textContent = label.dataset.printLabel!;
});

// The language switch keeps the place: the passage in view (its anchor) and the search page's query (?q=…) go along.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-lang-switch]') : null;
  if (link) link.href = link.href.replace(/[?#].*$/, '') + location.search + visibleAnchor();
});
