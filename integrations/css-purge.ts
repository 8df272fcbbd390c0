/**
 * Drops from a minified stylesheet the rules that cannot match on a set of pages: a rule goes when every selector in
 * its list names a class that none of those pages' markup nor any of the site's scripts mentions. Whatever the test
 * cannot judge (ids, attributes, :has(), :not()) counts as matching, so a rule is only ever dropped for a class
 * nobody uses. At-rules keep their place; those left empty go too. The sheet is read and written by postcss, its
 * selectors by postcss-selector-parser (the parsers stylelint and Vite use), and written back as it came: only whole
 * rules leave.
 */
import postcss, { type Container } from 'postcss';
import selectorParser, { type Selector } from 'postcss-selector-parser';

/**
 * Every class name a page or script could give an element: class="…" values in the markup, and every word of the
 * scripts (minified code cannot be split into strings and the rest without parsing it: a word too many keeps a rule,
 * a word missed would drop one).
 */
export function classVocabulary(markup: string[], scripts: string[]): Set<string> {
  const words = new Set<string>();
  for (const html of markup)
    for (const [, value] of html.matchAll(/\bclass="([^"]*)"/g))
      for (const name of value!.split(/\s+/)) words.add(name);
  for (const js of scripts) for (const [word] of js.matchAll(/[A-Za-z_][\w-]*/g)) words.add(word);
  return words;
}

/** Every class `selector` names outside :not(), :has() and the like is known; :is() and :where() need one of theirs. */
const matchable = (selector: Selector, known: Set<string>): boolean =>
  selector.nodes.every((node) => {
    if (node.type === 'class') return known.has(node.value);
    if (node.type === 'pseudo' && (node.value === ':is' || node.value === ':where'))
      return node.nodes.some((inner) => matchable(inner, known));
    return true;
  });

/** Whether `selector` (one complex selector) could match an element whose classes are all in `known`. */
export function canMatch(selector: string, known: Set<string>): boolean {
  return selectorParser()
    .astSync(selector)
    .nodes.every((s) => matchable(s, known));
}

/** The blocks of rules a purge looks into (the rest, @page, @font-face, @keyframes…, stay whole). */
const HOLDS_RULES = new Set(['media', 'layer', 'supports', 'container']);

/** Drops the rules in `container` that cannot match, and the blocks of rules left empty. */
function purge(container: Container, known: Set<string>): void {
  container.each((node) => {
    if (node.type === 'rule' && !node.selectors.some((selector) => canMatch(selector, known))) node.remove();
    else if (node.type === 'atrule' && HOLDS_RULES.has(node.name) && node.nodes) {
      purge(node, known);
      if (node.nodes.length === 0) node.remove();
    }
  });
}

/** `css` (minified, as esbuild writes it) without the rules that cannot match. */
export function purgeStylesheet(css: string, known: Set<string>): string {
  const root = postcss.parse(css);
  purge(root, known);
  return root.toString();
}
