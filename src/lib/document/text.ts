/**
 * A passage's text as the site uses it: paragraphs of plain text, with the spans a translation sets in italics (a
 * document's title in English). Read from the MDX body's syntax tree (satteri, the parser Astro's MDX uses), so that
 * what the pages show, what policy.json carries and what search finds is one text, and no spelling of markup slips
 * through: only paragraphs of text, each text exactly as written (a character reference such as &amp; or an escape
 * such as \* would turn into another character), with typographic quotes and dashes; italics only where `italics`
 * allows them (the preamble, which cites the title). The content gate reports the faults; the loaders throw them.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

export interface Paragraph {
  text: string;
  /** Ranges [start, end) of `text` set in italics. */
  italics: [number, number][];
}

export interface PlainTextFault {
  line: number;
  column: number;
  message: string;
}

/** Straight quotes, double hyphens and three dots: the MDX pages turn them into typographic ones, so texts use those. */
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

/** Spaces around line breaks do not count: Markdown drops them, and paragraphs are joined with one space. */
const lines = (text: string) => text.replace(/[ \t]*\r?\n[ \t]*/g, '\n').trim();

type Node = MdastNode & { value?: string; children?: Node[] };
type Parsed = { paragraphs: Paragraph[] } | { fault: PlainTextFault };

/** The paragraphs of a passage's body, or the first place where it is not plain text, and why. */
export function parsePassageText(body: string, italics = false): Parsed {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, frontmatter: false } }) as Node;
  } catch (error) {
    const [, line = '0', column = '0'] = /^(\d+):(\d+)/.exec((error as Error).message) ?? [];
    return { fault: { line: +line, column: +column, message: 'MDX cannot parse it; it holds { or < as markup' } };
  }
  const fault = (node: Node, message: string) => ({
    fault: { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0, message },
  });
  const paragraphs: Paragraph[] = [];
  /** Appends a node's text to `out`; a fault where it is not plain. */
  const walk = (node: Node, out: Paragraph, inItalics: boolean): ReturnType<typeof fault> | undefined => {
    for (const child of node.children ?? []) {
      if (child.type === 'emphasis' && italics && !inItalics) {
        const start = out.text.length;
        const inner = walk(child, out, true);
        if (inner) return inner;
        out.italics.push([start, out.text.length]);
        continue;
      }
      if (child.type !== 'text') return fault(child, `it holds ${KIND[child.type] ?? `a ${child.type}`}`);
      const value = child.value ?? '';
      const written = body.slice(child.position!.start.offset, child.position!.end.offset);
      if (lines(value) !== lines(written))
        return fault(
          child,
          'it holds a character reference (&…;) or a backslash escape, which MDX turns into another character',
        );
      const typography = TYPOGRAPHY.exec(value);
      if (typography)
        return fault(
          child,
          `it holds ${JSON.stringify(typography[0])}: write typographic quotes (“ ” ‘ ’), dashes (– —) and ellipses (…)`,
        );
      // A line break inside a paragraph is a space, as it is when the page shows it.
      out.text += value.replace(/\s*\n\s*/g, ' ');
    }
    return undefined;
  };
  for (const block of tree.children ?? []) {
    if (block.type !== 'paragraph') return fault(block, `it holds ${KIND[block.type] ?? `a ${block.type}`}`);
    const paragraph: Paragraph = { text: '', italics: [] };
    const found = walk(block, paragraph, false);
    if (found) return found;
    if (paragraph.text.trim()) paragraphs.push(paragraph);
  }
  return { paragraphs };
}

/** The paragraphs of a passage's body; throws, naming the file, on anything that is not plain text. */
export function passageParagraphs(body: string, filePath: string, italics = false): Paragraph[] {
  const parsed = parsePassageText(body, italics);
  if ('fault' in parsed) {
    const { line, column, message } = parsed.fault;
    throw new Error(
      `${filePath}: the text must be plain paragraphs${italics ? ' (and *italics* for a title)' : ''}, but ${message} (line ${line}, column ${column} of the text). Write the text without Markdown or MDX syntax.`,
    );
  }
  return parsed.paragraphs;
}

/** The plain text of paragraphs, separated by a blank line (policy.json, search). */
export const plainText = (paragraphs: Paragraph[]): string => paragraphs.map((p) => p.text).join('\n\n');
