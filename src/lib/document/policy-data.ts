/**
 * The shape of /data/policy.json, stated once: the endpoint (src/pages/data/policy.json.ts) parses what it is about to
 * publish with this schema, so the build cannot write a file that fails it, and /data/policy.schema.json is this
 * schema's JSON Schema (src/pages/data/policy.schema.json.ts), so the published description cannot drift from it.
 */
import { z } from 'astro/zod';
import { byLocale, isSource, spec, type Locale } from '../../i18n/locales.ts';
import { ITEM_PATTERN, PART_PATTERN, PASSAGE_PATTERN, SENTENCE_PATTERN } from './ids.ts';

export const FORMAT = 'policy.json/1';

const text = z.string().min(1);
/** The language a per-language field holds, in words. */
const inLanguage = (l: Locale) =>
  `In ${spec(l).englishName} (${spec(l).lang})${isSource(l) ? ', the original' : ', this site’s translation'}.`;
const perLocale = <T extends z.ZodType>(value: T, what: string) =>
  z
    .object(byLocale((l) => value.describe(inLanguage(l))))
    .strict()
    .describe(what);

const relativeUrl = z
  .string()
  .regex(/^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/)\S+$/)
  .describe(
    'A URL relative to policy.json (never absolute, never from the site root), so that the data works wherever the site is served.',
  );
const urls = perLocale(relativeUrl, 'Where it is read on the site, in each language.');
const id = (pattern: string, what: string) =>
  z
    .string()
    .regex(new RegExp(`^(?:${pattern})$`))
    .describe(what);

const addressee = z
  .object({
    kind: z
      .enum(['all-levels', 'all-leagues', 'named', 'others'])
      .describe(
        'Whom it addresses: every level of government and every locality (each league and city included), every league and city, the leagues and cities it names, or none of them as such.',
      ),
    regions: z
      .array(z.string().regex(/^[a-z0-9-]+$/))
      .describe('The ids of the leagues and cities it names (kind "named"); empty otherwise.'),
    open: z
      .boolean()
      .describe(
        'Whether the names are examples ("such as", 等), so that the sentence may address leagues and cities it does not name; false unless kind is "named".',
      ),
  })
  .strict()
  .describe('Whom the sentence addresses, as the site’s outline states it.');

const sentence = z
  .object({
    id: id(SENTENCE_PATTERN, 'Stable id and page anchor, the same in every language: p4-3-2 is 四（三）第二句.'),
    covers: z
      .array(z.number().int().min(1))
      .min(1)
      .describe('The original’s sentence numbers it covers: [2], or [2, 3] where a translation renders two as one.'),
    text: perLocale(text, 'The sentence in each language.'),
    addressee,
  })
  .strict()
  .describe('One sentence of a passage (the unit of alignment), in every language.');

const note = z
  .object({
    in: z.string().min(2).describe('The language of the translation the note is on.'),
    sentence: id(SENTENCE_PATTERN, 'A sentence id.')
      .nullable()
      .describe('The sentence it is on; null when it is on the heading.'),
    at: text.nullable().describe('The words it is about, in that translation; null when it is about the whole.'),
    text: perLocale(text, 'The note, in each language.'),
  })
  .strict()
  .describe('A translator’s note: what the original says and why the translation reads as it does.');

const itemFields = {
  id: id(ITEM_PATTERN, 'Stable id and page anchor, the same in every language: p3-4 is 三（四）.'),
  part: z.number().int().min(1).describe('The number of the part it belongs to.'),
  item: z.number().int().min(1).describe('Its number within the part: （四） is 4.'),
  label: perLocale(text, 'The label printed before the heading: （四） / (4).'),
  heading: perLocale(text, 'The heading without its label.'),
  notes: z.array(note).describe('Translator’s notes on the item’s translations.'),
  url: urls,
};

/** An item: with its text where the source gives it, and then never without. */
const item = z
  .discriminatedUnion('source', [
    z
      .object({
        ...itemFields,
        source: z.literal('full').describe('The source gives the item’s heading and text.'),
        body: perLocale(text, 'The item’s text, plain, paragraphs separated by a blank line.'),
        sentences: z.array(sentence).min(1).describe('The text sentence by sentence, aligned across languages.'),
      })
      .strict(),
    z
      .object({
        ...itemFields,
        source: z.literal('heading-only').describe('The source gives the item’s heading only.'),
        body: z.null().describe('No text: the source gives the heading only.'),
        sentences: z.array(sentence).max(0).describe('No sentences: the source gives the heading only.'),
      })
      .strict(),
  ])
  .describe('A numbered item within a part: p3-4 is 三（四）.');

const partFields = {
  id: id(PART_PATTERN, 'Stable id and page anchor, the same in every language: p3 is part 三.'),
  part: z.number().int().min(1).describe('The part’s number: 三 is 3.'),
  label: perLocale(text, 'The label printed before the heading: 三、 / III.'),
  items: z.array(id(ITEM_PATTERN, 'An item id.')).describe('Ids of the part’s items, in order (see items[]).'),
};

/** A part: with a heading and a page where the source gives it, with neither where it lacks it. */
const part = z
  .discriminatedUnion('source', [
    z
      .object({
        ...partFields,
        source: z
          .enum(['full', 'heading-only'])
          .describe('The source gives the part’s heading and items, or its heading only.'),
        heading: perLocale(text, 'The heading without its label.'),
        url: urls.describe('The part’s page in each language.'),
      })
      .strict(),
    z
      .object({
        ...partFields,
        source: z
          .literal('absent')
          .describe('The source lacks the part: it is listed so that the numbering reads true.'),
        heading: z.null().describe('No heading: the source lacks the part.'),
        url: z.null().describe('No page: the source lacks the part.'),
      })
      .strict(),
  ])
  .describe('A part of the document.');

const term = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Stable id and anchor on the glossary page.'),
    kind: z.enum(['term', 'region']).describe('A policy term, or one of the twelve leagues and cities.'),
    term: perLocale(text, 'The term as the original writes it, and the rendering each translation uses.'),
    forms: perLocale(
      z.array(text),
      'What counts as the term in each language’s text; a * ending a word accepts any ending.',
    ),
    variants: z
      .object(byLocale((l) => z.array(text).optional().describe(inLanguage(l))))
      .strict()
      .describe('Renderings other texts use, which this site does not, per language.'),
    note: perLocale(text, 'What the term means here, in each language.'),
    items: z
      .array(id(PASSAGE_PATTERN, 'A passage id.'))
      .describe('Ids of the passages (the preamble, parts and items) whose original uses the term, in document order.'),
    url: urls.describe('The term’s entry on the glossary page, in each language.'),
  })
  .strict()
  .describe('A glossary entry.');

const language = z
  .object({
    tag: z.string().min(2).describe('BCP 47 language tag, as the pages’ lang attribute.'),
    status: text.describe('What the text in this language is and how far it can be relied on.'),
  })
  .strict();

export const policyData = z
  .object({
    $schema: z.literal('policy.schema.json').describe('This schema’s address, relative to policy.json.'),
    schema: z
      .literal(FORMAT)
      .describe('Format and version of this file; a change that breaks readers changes the number.'),
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('The document’s id; qualified ids elsewhere (document:passage) begin with it.'),
    title: perLocale(text, 'The document’s full title in each language.'),
    issuer: perLocale(text, 'The body that issued the document, in each language.'),
    languages: perLocale(language, 'Each language: its tag and standing.'),
    source: z
      .object({
        file: text.describe('The capture’s path in the project’s repository.'),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe('SHA-256 of the capture, hex, so that a copy can be checked against it.'),
        credit: text.describe('The information source the captured page itself credits.'),
      })
      .strict()
      .describe('The captured government portal page that the original text is taken from.'),
    preamble: z
      .object({
        text: perLocale(text, 'The introductory text before part 一, plain.'),
        sentences: z.array(sentence).min(1).describe('The preamble sentence by sentence.'),
        notes: z.array(note).describe('Translator’s notes on the preamble’s translations.'),
      })
      .strict()
      .describe('The preamble.'),
    parts: z.array(part).min(1).describe('The parts (一、二、三、四), in order, each listing its items.'),
    items: z.array(item).describe('Every item of every part, in document order; parts[].items lists them by id.'),
    glossary: z
      .array(term)
      .describe('The glossary: policy terms and the twelve leagues and cities, with the rendering each language uses.'),
  })
  .strict()
  .describe(
    'The whole document of this site as one JSON file: what the captured source gives of it, in the original (verbatim, prevailing) and in this site’s unofficial translations, with its structure, sentences and glossary. Every URL in it is relative to policy.json itself.',
  );

export type PolicyData = z.infer<typeof policyData>;

/** The JSON Schema (draft 2020-12) of policy.json, generated from the schema above. */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    $id: 'policy.schema.json',
    title: `${FORMAT}: the document in every language as data`,
    ...z.toJSONSchema(policyData, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }),
  };
}
