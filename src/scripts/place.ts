/**
 * Where the reader is, one rule for every script that asks (the language switch in site.ts, the navigator's mark in
 * doc-nav.ts), so that the place the switch keeps is the item the navigator marks.
 */

/**
 * Of `candidates` (in document order), the one being read: the last whose top has reached the reading line, just
 * below where a followed link lands (the candidates are anchors: their scroll margin, under the header). A sentence begun above that
 * line is still being read, so a switch lands before what the reader had not finished, never after it. At the very
 * bottom of the page, where the last short items never reach the line, it drops to the window's foot: the last in
 * view is the one being read.
 */
export function readingPlace<T extends Element>(candidates: Iterable<T>): T | undefined {
  const end = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
  return [...candidates]
    .filter(
      (c) => c.getBoundingClientRect().y < (end ? innerHeight : parseInt(getComputedStyle(c).scrollMarginTop) + 12),
    )
    .pop();
}
