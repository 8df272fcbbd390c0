/**
 * A passage's text as the site uses it: paragraphs of plain text, with the spans a translation sets in italics (a
 * document's title in English). Read from the MDX body's syntax tree (satteri, the parser Astro's MDX uses), so that
 * what the pages show, what policy.json carries and what search finds is one text, and anything beyond paragraphs
 * of text (a heading, a list, a link, an element, an expression) is refused, naming the file. Italics are allowed
 * only where `italics` says so (the preamble, which cites the title); an item's text is plain.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

export interface Paragraph {
  text: string;
  /** Ranges [start, end) of `text` set in italics. */
  italics: [number, number][];
}

type Node = MdastNode & { value?: string; children?: Node[] };

function flatten(node: Node, filePath: string, italics: boolean, out: Paragraph, inItalics = false): void {
  for (const child of node.children ?? []) {
    // A line break inside a paragraph is a space, as it is when the page shows it.
    if (child.type === 'text') out.text += (child.value ?? '').replace(/\s*\n\s*/g, ' ');
    else if (child.type === 'emphasis' && italics && !inItalics) {
      const start = out.text.length;
      flatten(child, filePath, italics, out, true);
      out.italics.push([start, out.text.length]);
    } else {
      const line = child.position?.start.line;
      throw new Error(
        `${filePath}${line ? `:${line}` : ''}: the text must be plain paragraphs${italics ? ' (and *italics* for a title)' : ''}, but it holds ${child.type === 'emphasis' ? 'italics' : `Markdown or MDX (${child.type})`}. ` +
          'Write the text without Markdown or MDX syntax, with typographic quotes (“ ” ‘ ’) and dashes (– —).',
      );
    }
  }
}

/** The paragraphs of a passage's body; throws, naming the file, on anything that is not plain text. */
export function passageParagraphs(body: string, filePath: string, italics = false): Paragraph[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (error) {
    throw new Error(`${filePath}: the text cannot be read as plain paragraphs: ${(error as Error).message}`);
  }
  return (tree.children ?? []).map((node) => {
    if (node.type !== 'paragraph') {
      const line = node.position?.start.line;
      throw new Error(
        `${filePath}${line ? `:${line}` : ''}: the text must be plain paragraphs, but it holds Markdown or MDX (${node.type}). Write the text without Markdown or MDX syntax.`,
      );
    }
    const paragraph: Paragraph = { text: '', italics: [] };
    flatten(node, filePath, italics, paragraph);
    return paragraph;
  });
}

/** The plain text of paragraphs, separated by a blank line (policy.json, search). */
export const plainText = (paragraphs: Paragraph[]): string => paragraphs.map((p) => p.text).join('\n\n');
