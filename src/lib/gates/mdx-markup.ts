/**
 * What content may hold beyond Markdown, judged by the parsed tree. MDX turns tags and {expressions} into code that
 * runs when a page is built and markup that runs when it is read, so every node must be of a kind on an explicit
 * list: the Markdown the content uses; a few inline HTML elements with plain-text attributes; {props.name} to print a
 * value the page passes in (./expressions.ts judges each expression's parsed program); and links a reader may follow
 * (./web-address.ts). Anything else, whatever its spelling, is refused. Parsed by satteri with the features Astro's
 * MDX integration turns on (GFM), so the gate sees exactly the tree the build compiles.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { expressionFault } from './expressions.ts';
import { linkFault } from './web-address.ts';

/** Inline elements that carry meaning Markdown lacks; none of them loads or runs anything. */
export const ALLOWED_ELEMENTS = [
  'abbr',
  'bdi',
  'br',
  'cite',
  'code',
  'dfn',
  'em',
  'kbd',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'wbr',
];
const ALLOWED_ATTRIBUTES = ['lang', 'dir', 'title', 'datetime'];
/** Markdown nodes that only hold text or structure (links are checked for where they lead). */
const MARKDOWN = new Set([
  'root',
  'yaml',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'break',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'link',
  'linkReference',
  'definition',
]);
/** What a refused kind of node is, in the author's terms. */
const REFUSED: Record<string, string> = {
  mdxjsEsm: 'import/export is not allowed in content: it runs code when the site is built.',
  image:
    'an image is not allowed in content: MDX turns it into an import, and the site fetches nothing from elsewhere.',
  imageReference: 'an image is not allowed in content.',
  footnoteReference: 'a footnote is not allowed in content; write the note in the text.',
  footnoteDefinition: 'a footnote is not allowed in content; write the note in the text.',
  html: 'raw HTML is not allowed in content.',
};

export const MARKUP_ADVICE = `What content may hold: Markdown (paragraphs, headings, emphasis, lists, tables, code, links); beyond it only these HTML elements, with the attributes ${ALLOWED_ATTRIBUTES.join(', ')} as plain text: ${ALLOWED_ELEMENTS.join(', ')}; {props.name} to print a value the page passes in; and {/* comments */}. Write it in Markdown, or change the page's template (src/pages, src/components) instead.`;

export interface MarkupFault {
  line: number;
  column: number;
  message: string;
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: MdastNode['position'];
}

/** Why a JSX element is refused, one reason per fault; none when it is on the allow-list with plain attributes. */
function elementFaults(node: MdxNode): string[] {
  const name = node.name ?? '';
  const faults: string[] = [];
  // Names are compared exactly, as MDX compiles them: <Span> or <SPAN> is a component, <svg:script> a namespace.
  if (!name) faults.push('a JSX fragment <>…</> is not allowed.');
  else if (!ALLOWED_ELEMENTS.includes(name))
    faults.push(`<${name}> is not allowed: only ${ALLOWED_ELEMENTS.map((e) => `<${e}>`).join(' ')}.`);
  for (const attribute of node.attributes ?? []) {
    const shown = attribute.name ?? String(attribute.value);
    if (attribute.type !== 'mdxJsxAttribute')
      faults.push(`<${name} {${shown}}>: a spread attribute is not allowed; write each attribute as name="text".`);
    else if (!ALLOWED_ATTRIBUTES.includes(attribute.name ?? ''))
      faults.push(
        `<${name}> has the attribute ${attribute.name}=, which is not allowed (only ${ALLOWED_ATTRIBUTES.join(', ')})${/^on/i.test(attribute.name ?? '') ? ': an event handler runs script' : ''}.`,
      );
    else if (attribute.value !== null && typeof attribute.value !== 'string')
      faults.push(`<${name} ${attribute.name}={…}>: attribute values must be plain text in quotes, not expressions.`);
  }
  return faults;
}

/** Why a node is refused, one reason per fault. */
function nodeFaults(node: MdxNode): string[] {
  switch (node.type) {
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const fault = expressionFault(String(node.value ?? ''));
      return fault ? [`the expression {${node.value}} is not allowed: ${fault}. Only {props.name} is.`] : [];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementFaults(node);
    case 'link':
    case 'definition': {
      const fault = linkFault(node.url ?? '');
      return fault ? [`the link ${fault}.`] : [];
    }
  }
  if (MARKDOWN.has(node.type)) return [];
  return [REFUSED[node.type] ?? `a ${node.type} node is not allowed in content.`];
}

function check(node: MdxNode, faults: MarkupFault[]): void {
  const { line = 0, column = 0 } = node.position?.start ?? {};
  for (const message of nodeFaults(node)) faults.push({ line, column, message });
  for (const child of node.children ?? []) check(child, faults);
}

/** The tree of an MDX file as the build parses it, or the parser's complaint with its place. */
export function parseMdx(text: string): MdastNode | MarkupFault {
  try {
    return mdxToMdast(text, { features: { gfm: true } });
  } catch (error) {
    const message = (error as Error).message;
    const [, line = '0', column = '0'] = /^(\d+):(\d+)/.exec(message) ?? [];
    return {
      line: Number(line),
      column: Number(column),
      message: `MDX cannot be parsed: ${message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')}`,
    };
  }
}

/** Every use of markup outside the allow-list in an MDX file, with its line and column; parse errors too. */
export function markupFaults(text: string): MarkupFault[] {
  const tree = parseMdx(text);
  if ('message' in tree) return [tree];
  const faults: MarkupFault[] = [];
  check(tree as MdxNode, faults);
  return faults;
}
