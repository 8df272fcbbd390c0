/**
 * Drops from a minified stylesheet the rules that cannot match on a set of pages: a rule goes when every selector in
 * its list names a class that none of those pages' markup nor any of the site's scripts mentions. Whatever the test
 * cannot judge (ids, attributes, :has(), :not()) counts as matching, so a rule is only ever dropped for a class
 * nobody uses. At-rules keep their place; those left empty go too.
 */

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

/** The top-level pieces of `text` split at `separator`, outside brackets and strings. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Whether `selector` could match an element whose classes are all in `known`. */
export function canMatch(selector: string, known: Set<string>): boolean {
  let rest = '';
  // :is() and :where() match if any of their selectors can; :not(), :has() and the rest are not judged.
  for (let i = 0; i < selector.length; i++) {
    const open = /^:(is|where|not|has|lang|nth-[a-z-]+|host|dir)\(/.exec(selector.slice(i));
    if (!open) {
      rest += selector[i];
      continue;
    }
    let depth = 0;
    let end = i + open[0].length - 1;
    for (; end < selector.length; end++) {
      if (selector[end] === '(') depth++;
      else if (selector[end] === ')' && --depth === 0) break;
    }
    const inner = selector.slice(i + open[0].length, end);
    if ((open[1] === 'is' || open[1] === 'where') && !splitTop(inner, ',').some((s) => canMatch(s, known)))
      return false;
    i = end;
  }
  for (const [, name] of rest.replace(/\[[^\]]*\]/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g))
    if (!known.has(name!)) return false;
  return true;
}

/** `css` (minified, as esbuild writes it) without the rules that cannot match. */
export function purgeStylesheet(css: string, known: Set<string>): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = brace(css, i, false);
    if (open < 0) return out + css.slice(i);
    const close = brace(css, open, true);
    const head = css.slice(i, open);
    const body = css.slice(open + 1, close);
    const lead = head.match(/^[\s;]*/)![0];
    const prelude = head.slice(lead.length);
    if (prelude.startsWith('@')) {
      // Statements before a block (@import, @layer a,b;) stay as they are.
      const statementEnd = prelude.lastIndexOf(';');
      const statements = statementEnd >= 0 ? prelude.slice(0, statementEnd + 1) : '';
      const atRule = prelude.slice(statementEnd + 1);
      // Blocks of rules are purged in turn, and go when left empty; the rest (@page, @font-face…) stay whole.
      const holdsRules = /^@(media|layer|supports|container)\b/.test(atRule);
      const inner = holdsRules ? purgeStylesheet(body, known) : body;
      out += lead + statements + (inner.trim() || !holdsRules ? `${atRule}{${inner}}` : '');
    } else if (splitTop(prelude, ',').some((selector) => canMatch(selector.trim(), known))) {
      out += `${head}{${body}}`;
    } else out += lead;
    i = close + 1;
  }
  return out;
}

/** `css` (minified) without the blocks of the cascade layer `name` (`@layer print{…}`), for a page that needs none. */
export function withoutLayer(css: string, name: string): string {
  const open = `@layer ${name}{`;
  let out = css;
  for (let at = out.indexOf(open); at >= 0; at = out.indexOf(open, at))
    out = out.slice(0, at) + out.slice(brace(out, at + open.length - 1, true) + 1);
  return out;
}

/**
 * Outside strings: the first `{` from `from`, or -1 (`close` false); or the `}` that closes the `{` at `from` (`close`
 * true).
 */
function brace(css: string, from: number, close: boolean): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') {
      if (!close) return i;
      depth++;
    } else if (c === '}' && close && --depth === 0) return i;
  }
  if (close) throw new Error(`css-purge: unbalanced braces after offset ${from}`);
  return -1;
}
