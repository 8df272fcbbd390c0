/**
 * An item's text as plain paragraphs. Item bodies are plain text (the Chinese is the source verbatim), so the site
 * renders them from here rather than through MDX: links then wrap the words without changing a character of them,
 * and policy.json carries exactly what the pages show. Whether a body is plain is judged by the tree MDX parses
 * from it, so that no spelling of markup slips through: only paragraphs of text, each text exactly as written (a
 * character reference such as &amp; or an escape such as \* would turn into another character).
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** Straight quotes, double hyphens and three dots: the MDX pages turn them into typographic ones, so items use those. */
const TYPOGRAPHY = /["']|--|\.\.\./;

/** What a node is, in the author's terms. */
const KIND: Record<string, string> = {
  emphasis: 'emphasis (*…* or _…_)',
  strong: 'strong emphasis (**…**)',
  delete: 'strikethrough (~…~)',
  inlineCode: 'code (`…`)',
  link: 'a link',
  linkReference: 'a link reference ([…])',
  break: 'a hard line break (two spaces or \\ at a line end)',
  heading: 'a heading (#)',
  list: 'a list (- or 1.)',
  code: 'a code block (indented four spaces, or ```)',
  blockquote: 'a quotation block (>)',
  thematicBreak: 'a rule (---)',
  table: 'a table (|)',
  definition: 'a link definition ([…]: …)',
  mdxTextExpression: 'an expression ({…})',
  mdxFlowExpression: 'an expression ({…})',
  mdxJsxTextElement: 'an element (<…>)',
  mdxJsxFlowElement: 'an element (<…>)',
  mdxjsEsm: 'import/export',
  footnoteReference: 'a footnote ([^…])',
  footnoteDefinition: 'a footnote ([^…]: …)',
};

export interface PlainTextFault {
  line: number;
  column: number;
  message: string;
}

/** Spaces around line breaks do not count: Markdown drops them, and paragraphs are joined with one space. */
const lines = (text: string) => text.replace(/[ \t]*\r?\n[ \t]*/g, '\n').trim();

/** The paragraphs of an item's body, or the first place where it is not plain text, and why. */
export function parseItemText(body: string): { paragraphs: string[] } | { fault: PlainTextFault } {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, frontmatter: false } });
  } catch (error) {
    const [, line = '0', column = '0'] = /^(\d+):(\d+)/.exec((error as Error).message) ?? [];
    return { fault: { line: +line, column: +column, message: 'MDX cannot parse it; it holds { or < as markup' } };
  }
  const paragraphs: string[] = [];
  const fault = (node: MdastNode, message: string) => ({
    fault: { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0, message },
  });
  for (const block of (tree as { children?: MdastNode[] }).children ?? []) {
    if (block.type !== 'paragraph') return fault(block, `it holds ${KIND[block.type] ?? `a ${block.type}`}`);
    let text = '';
    for (const node of (block as { children: MdastNode[] }).children) {
      if (node.type !== 'text') return fault(node, `it holds ${KIND[node.type] ?? `a ${node.type}`}`);
      const value = (node as { value: string }).value;
      const written = body.slice(node.position!.start.offset, node.position!.end.offset);
      if (lines(value) !== lines(written))
        return fault(
          node,
          'it holds a character reference (&…;) or a backslash escape, which MDX turns into another character',
        );
      const typography = TYPOGRAPHY.exec(value);
      if (typography)
        return fault(
          node,
          `it holds ${JSON.stringify(typography[0])}: write typographic quotes (“ ” ‘ ’), dashes (– —) and ellipses (…)`,
        );
      text += value;
    }
    paragraphs.push(text.replace(/\s*\n\s*/g, ' ').trim());
  }
  return { paragraphs: paragraphs.filter(Boolean) };
}

/** The paragraphs of an item's body. Throws, naming the file, on anything that would be markup. */
export function itemParagraphs(body: string, filePath: string): string[] {
  const parsed = parseItemText(body);
  if ('fault' in parsed) {
    const { line, column, message } = parsed.fault;
    throw new Error(
      `${filePath}: item text must be plain paragraphs, but ${message} (line ${line}, column ${column} of the text). Write the text without Markdown or MDX syntax.`,
    );
  }
  return parsed.paragraphs;
}

/** The plain text of a passage body for data: emphasis markers dropped, paragraphs separated by a blank line. */
export function plainText(body: string): string {
  return body
    .replace(/(\*{1,2}|_)(\S[^*_]*?)\1/g, '$2')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
