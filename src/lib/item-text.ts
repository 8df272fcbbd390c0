/**
 * An item's text as plain paragraphs, and the first occurrence of each glossary term in it.
 * Item bodies are plain text (the Chinese is the source verbatim), so the site renders them from
 * here rather than through MDX: links then wrap the words without changing a character of them,
 * and policy.json carries exactly what the pages show.
 */
import type { Locale } from '../i18n/index.ts';
import { chineseForms, englishPattern, type Term } from './glossary.ts';

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
  return body.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

/** A piece of a paragraph: plain text, or the words of a term's first occurrence. */
export type Segment = string | { text: string; term: Term };

interface Match { paragraph: number; start: number; end: number; term: Term }

function matches(paragraphs: string[], terms: Term[], locale: Locale): Match[] {
  const found: Match[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const term of terms) {
      if (locale === 'zh') {
        for (const form of chineseForms(term)) {
          for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) found.push({ paragraph, start: at, end: at + form.length, term });
        }
      } else {
        for (const pattern of term.enMatch) {
          for (const m of text.matchAll(englishPattern(pattern))) found.push({ paragraph, start: m.index, end: m.index + m[0].length, term });
        }
      }
    }
  });
  // In reading order; at one place the longer match first.
  return found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
}

/** Each paragraph cut into segments so that each term's first occurrence in the item is its own segment. */
export function linkFirstOccurrences(paragraphs: string[], terms: Term[], locale: Locale): Segment[][] {
  const linked = new Set<string>();
  const chosen: Match[] = [];
  for (const m of matches(paragraphs, terms, locale)) {
    if (linked.has(m.term.id)) continue;
    if (chosen.some((c) => c.paragraph === m.paragraph && c.start < m.end && m.start < c.end)) continue;
    linked.add(m.term.id);
    chosen.push(m);
  }
  return paragraphs.map((text, paragraph) => {
    const segments: Segment[] = [];
    let at = 0;
    for (const m of chosen.filter((c) => c.paragraph === paragraph).sort((a, b) => a.start - b.start)) {
      if (m.start > at) segments.push(text.slice(at, m.start));
      segments.push({ text: text.slice(m.start, m.end), term: m.term });
      at = m.end;
    }
    if (at < text.length) segments.push(text.slice(at));
    return segments;
  });
}

/** The plain text of a passage body for data: emphasis markers dropped, paragraphs separated by a blank line. */
export function plainText(body: string): string {
  return body.replace(/(\*{1,2}|_)(\S[^*_]*?)\1/g, '$2').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join('\n\n');
}
