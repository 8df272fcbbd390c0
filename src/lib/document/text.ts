/**
 * An item's text as plain paragraphs. Item bodies are plain text (the Chinese is the source verbatim), so the site renders them from
 * here rather than through MDX: links then wrap the words without changing a character of them,
 * and policy.json carries exactly what the pages show.
 */
/** Markdown or MDX syntax, which an item's plain text must not hold. */
const MARKUP = /[*_`<>{}[\]\\|~"']|&[#\w]+;|--|\.\.\.|^\s*(#|[-+]\s|\d+[.)]\s)/m;

/** The paragraphs of an item's body. Throws, naming the file, on anything that would be markup. */
export function itemParagraphs(body: string, filePath: string): string[] {
  const markup = MARKUP.exec(body);
  if (markup) {
    throw new Error(
      `${filePath}: item text must be plain paragraphs, but it holds ${JSON.stringify(markup[0].trim())}, which Markdown/MDX would treat as markup. ` +
        'Write the text without Markdown or MDX syntax, with typographic quotes (“ ” ‘ ’) and dashes (– —).',
    );
  }
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
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
