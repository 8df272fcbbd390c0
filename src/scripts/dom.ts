/**
 * Building the search's DOM with textContent only, so that nothing a reader types or a record holds is parsed as
 * HTML.
 */
import type { Segment } from '../lib/search/excerpt.ts';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className; // '' leaves an empty class attribute, which styles nothing
  node.append(...children);
  return node;
}

/** Plain and marked runs as text and <mark> elements. */
export function marked(segments: Segment[]): (Node | string)[] {
  return segments.map(({ text, mark }) => (mark ? element('mark', '', text) : text));
}
