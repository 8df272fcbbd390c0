/**
 * What content may hold beyond Markdown. MDX turns tags and {expressions} into code that runs when a page is built
 * and markup that runs when it is read, so content is held to a short allow-list: a few inline HTML elements with
 * plain attributes, and {props.name} to print a value the page passes in. Parsed by satteri, the parser Astro's MDX
 * integration uses, so the gate sees exactly what the build would.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

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
/** Named outright in the message, as they are what an attack would use. */
const DANGEROUS =
  /^(script|iframe|object|embed|style|link|meta|base|form|frame|frameset|svg|math|img|video|audio|source|template)$/i;
/** Link targets a reader may follow: the site's own relative paths, or web and mail addresses. */
const ALLOWED_SCHEMES = ['http', 'https', 'mailto'];
/** {props.sourceSha}: a value the page passes to the content, printed as text. Comments are allowed too. */
const ALLOWED_EXPRESSION = /^\s*(props\.[A-Za-z_$][\w$]*|\/\*[\s\S]*?\*\/)\s*$/;

export const MARKUP_ADVICE = `What content may hold: Markdown; beyond it only these HTML elements, with the attributes ${ALLOWED_ATTRIBUTES.join(', ')}: ${ALLOWED_ELEMENTS.join(', ')}; and {props.name} to print a value the page passes in. Write it in Markdown, or change the page's template (src/pages, src/components) instead.`;

export interface MarkupFault {
  line: number;
  column: number;
  message: string;
}

/** The scheme of a URL as a browser reads it (it ignores leading spaces and control characters, and tabs/newlines anywhere), or null when relative. */
function scheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex -- browsers skip leading control characters, so the check must too
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]!.toLowerCase() ?? null;
}

function check(node: MdastNode, faults: MarkupFault[]): void {
  const at = (message: string) =>
    faults.push({ line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0, message });
  const any = node as MdastNode & {
    name?: string | null;
    value?: string;
    url?: string;
    attributes?: { type: string; name?: string; value?: unknown }[];
  };
  switch (node.type) {
    case 'mdxjsEsm':
      at('import/export is not allowed in content: it runs code when the site is built.');
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!ALLOWED_EXPRESSION.test(any.value ?? ''))
        at(`the expression {${any.value}} is not allowed: only {props.name} (a value the page passes in).`);
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = any.name ?? '';
      if (!name) at('a JSX fragment <>…</> is not allowed.');
      else if (DANGEROUS.test(name)) at(`<${name}> is never allowed in content.`);
      else if (!ALLOWED_ELEMENTS.includes(name)) at(`<${name}> is not on the allow-list.`);
      for (const attribute of any.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') at(`<${name}> has a spread attribute {…}, which is not allowed.`);
        else if (/^on/i.test(attribute.name ?? ''))
          at(`<${name}> has the event handler ${attribute.name}=, which is never allowed: it runs script.`);
        else if (typeof attribute.value === 'object' && attribute.value !== null)
          at(`<${name} ${attribute.name}={…}>: attribute values must be plain text, not expressions.`);
        else if (!ALLOWED_ATTRIBUTES.includes(attribute.name ?? ''))
          at(`<${name}> has the attribute ${attribute.name}=, which is not on the allow-list.`);
      }
      break;
    }
    case 'link':
    case 'image':
    case 'definition': {
      const found = scheme(any.url ?? '');
      if (found === 'javascript' || found === 'vbscript' || found === 'data')
        at(`a ${found}: URL is never allowed: ${JSON.stringify(any.url)}.`);
      else if (found && !ALLOWED_SCHEMES.includes(found))
        at(
          `a ${found}: URL is not allowed (only relative, ${ALLOWED_SCHEMES.join(', ')}): ${JSON.stringify(any.url)}.`,
        );
      else if (found && node.type === 'image')
        at(
          `an image from another origin is not allowed (the site fetches nothing from elsewhere): ${JSON.stringify(any.url)}.`,
        );
      break;
    }
  }
  for (const child of (node as { children?: MdastNode[] }).children ?? []) check(child, faults);
}

/** Every use of markup outside the allow-list in an MDX file, with its line and column; parse errors too. */
export function markupFaults(text: string): MarkupFault[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(text);
  } catch (error) {
    const message = (error as Error).message;
    const [, line = '0', column = '0'] = /^(\d+):(\d+)/.exec(message) ?? [];
    return [
      {
        line: Number(line),
        column: Number(column),
        message: `MDX cannot be parsed: ${message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')}`,
      },
    ];
  }
  const faults: MarkupFault[] = [];
  check(tree, faults);
  return faults;
}
