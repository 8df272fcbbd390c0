/**
 * Every collection and its schema. Each fact is written once: an entry's id comes from its file path, facts that
 * do not depend on language live in one data file, and references between collections use reference() so that a
 * wrong id stops the build naming the file. docs/CONTENT.md says how to add or change each kind of entry.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { byLocale, locales } from './i18n/locales.ts';
import { ITEM_PATTERN, PASSAGE_PATTERN } from './lib/document/ids.ts';
import { dayFault } from './lib/dates.ts';

/** A text in every language of the locale table (src/i18n/locales.ts): { zh: …, en: … }. */
const perLocale = z.object(byLocale(() => z.string().min(1))).strict();

/** A list per language, for the languages that need one: { zh: […], en: […] }. */
const listsPerLocale = z
  .object(byLocale(() => z.array(z.string().min(1)).optional()))
  .strict()
  .default({});

/** A day (the rule is src/lib/dates.ts). YAML reads an unquoted date as a Date; the content gate checked its text. */
const day = z
  .union([z.date(), z.string()])
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)))
  .superRefine((d, ctx) => {
    const fault = dayFault(d);
    if (fault) ctx.addIssue({ code: 'custom', message: fault });
  });

/**
 * The documents the site presents (src/content/documents.yaml), one entry each: names, issuer, and where the text
 * comes from. Pages, citations, the feeds, JSON-LD and policy.json take the document's identity from here.
 */
const documents = defineCollection({
  loader: file('./src/content/documents.yaml'),
  schema: z
    .object({
      /** The full title, as the source gives it (without 《》), and its translations. */
      title: perLocale,
      /** The site's name for it, where the full title does not fit (the header, the browser tab). */
      short: perLocale,
      /** The shortest name, for the narrowest screens. */
      tiny: perLocale,
      /** The issuing body, as the source names it. */
      issuer: perLocale,
      /** What kind of document the title says it is: 意见 / Opinions. */
      genre: perLocale,
      /** Whose document it is: the jurisdiction the issuer's name begins with. */
      jurisdiction: perLocale,
      source: z
        .object({
          /** The captured page, under source/, recorded in source/SHA256SUMS. */
          file: z.string().regex(/^source\/[\w.-]+$/),
          /** The language the document is written in: its text is the source verbatim and prevails. */
          language: z.enum(locales as [string, ...string[]]),
        })
        .strict(),
      /** Where a fuller text was published, which the About page describes (and copies nothing from). */
      fuller: z.object({ url: z.url({ protocol: /^https?$/ }) }).strict(),
    })
    .strict(),
});

/**
 * The policy text: one MDX file per passage per language, src/content/policy/{locale}/{id}.mdx, where the id says
 * where the passage sits: preamble, p3 (part 三), p3-4 (三（四）). The body is the passage's text.
 */
const policy = defineCollection({
  loader: glob({ pattern: `{${locales.join(',')}}/*.mdx`, base: './src/content/policy' }),
  schema: z
    .object({
      /** The heading, without its label (（四） / (4) are derived from the id); absent for the preamble and a missing part. */
      heading: z.string().min(1).optional(),
    })
    .strict(),
});

/**
 * The outline: for each passage id, what the source gives and which regions its text names. Language-independent,
 * so written once (src/content/outline.yaml) rather than in both languages' files.
 */
const outline = defineCollection({
  loader: file('./src/content/outline.yaml'),
  schema: z
    .object({
      /** The heading and its text, the heading only, or nothing at all (a part the source lacks). */
      source: z.enum(['full', 'heading-only', 'absent']),
      /** The leagues and cities the item's text names. */
      regions: z.array(reference('regions')).default([]),
      /** Set when the item addresses every league and city (各盟市) without naming them one by one. */
      appliesTo: z.enum(['all-leagues']).optional(),
    })
    .strict(),
});

/** The About page, one MDX entry per language ({locale}.mdx). */
const about = defineCollection({
  loader: glob({ pattern: `{${locales.join(',')}}.mdx`, base: './src/content/about' }),
  schema: z.object({ title: z.string().min(1) }).strict(),
});

const point = z.tuple([z.number(), z.number()]);
/** Units of the map's frame: 0 0 600 489, x to the east, y to the south. */
const regionMap = z
  .object({
    /** Where the name is written: inside the outline, or (with `leader`) outside it in open space. */
    label: point,
    /** For a region too small for its name: a point inside it, joined by a line to `label`. */
    leader: point.optional(),
    /** Which end of the name sits at `label`: its middle (default), its start or its end. */
    anchor: z.enum(['middle', 'start', 'end']).default('middle'),
    /** The simplified outline, an SVG path in whole units. */
    d: z.string().regex(/^M[-\d\sMmLlZz]+$/),
  })
  .strict();

/** The twelve league-level divisions (盟市), in the customary official order (src/content/regions.yaml). */
const regions = defineCollection({
  loader: file('./src/content/regions.yaml'),
  schema: z
    .object({
      /** 盟 (league) or 市 (city). */
      kind: z.enum(['league', 'city']),
      /** Position in the customary official listing (呼和浩特 1 … 阿拉善 12); lists and tables follow it. */
      order: z.number().int().min(1),
      /** The official name: 呼和浩特市 / Hohhot, 兴安盟 / Hinggan League. */
      name: perLocale,
      /** The name as the policy text writes it: 呼和浩特 / Hohhot. */
      short: perLocale,
      /** Other spellings of the name, per language (for the glossary). */
      variants: listsPerLocale,
      /** What the region is, in a few words (for the glossary). */
      note: perLocale,
      /** The region in the schematic map (src/lib/regions/map.ts says where the outlines come from). */
      map: regionMap,
    })
    .strict(),
});

/**
 * The glossary: one YAML entry per policy term at src/content/glossary/{id}.yaml. The twelve regions join it from
 * the regions collection. The items a term occurs in are derived from the original text at build time.
 */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/glossary' }),
  schema: z
    .object({
      /**
       * The term in each language, keyed by language: the original's wording exactly as the text writes it,
       * full-width punctuation included (旗县（市、区）), and each translation's rendering.
       */
      ...byLocale(() => z.string().min(1)),
      /**
       * What else counts as the term in a language's text, beside the rendering itself. In a language written
       * without spaces, literal forms; in others, phrases matched case-insensitively on word boundaries, a *
       * ending a word accepting any ending (coordinat*).
       */
      forms: listsPerLocale,
      /** Renderings other texts use, which this site does not. */
      variants: listsPerLocale,
      /** A short note in each language: what the term means here. */
      note: perLocale,
    })
    .strict(),
});

/**
 * Local implementation measures that the public record attributes to a league or city: one YAML file per measure,
 * src/content/measures/{region}-{slug}.yaml, both languages in it. Every field that makes it traceable is required.
 */
const measures = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/measures' }),
  schema: z
    .object({
      /** The league or city that issued it. */
      region: reference('regions'),
      /** The day it was issued or took effect, as the source states it; omitted when the source gives none. */
      date: day.optional(),
      /** What the date is (issue, effect or publication), or why there is none. Required without a date. */
      dateNote: perLocale.optional(),
      /** Who issued it, as published. */
      issuer: perLocale,
      /**
       * What `title` is: the document's title as published (default); the headline of the report that states the
       * measure, when the source names no document; or this project's description, when it has neither.
       */
      titleKind: z.enum(['published', 'headline', 'description']).default('published'),
      /** The title (as `titleKind` says) in Chinese, and its English rendering. */
      title: perLocale,
      /** The policy items it implements: ids such as p4-3. */
      items: z.array(z.string().regex(new RegExp(`^${ITEM_PATTERN}$`), "use item ids such as 'p4-3'")).min(1),
      /** What it does, in this project's own words. */
      summary: perLocale,
      source: z
        .object({
          /** Where a reader can check it. */
          url: z.url(),
          publisher: perLocale,
          /** official: a government site; official-media: a state or Party outlet; reprint: a copy of another's text. */
          standing: z.enum(['official', 'official-media', 'reprint']),
          /** For a reprint: what it reprints. */
          reprintOf: perLocale.optional(),
        })
        .strict()
        .refine((s) => (s.standing === 'reprint') === (s.reprintOf !== undefined), {
          message: "a reprint names what it reprints in 'reprintOf', and only a reprint has it",
        }),
    })
    .strict()
    .refine((m) => m.date !== undefined || m.dateNote !== undefined, {
      message: "without a 'date', say why in 'dateNote'",
      path: ['dateNote'],
    }),
});

/**
 * What search counts as the same word (src/content/search-synonyms.yaml), beside the glossary: per entry, a group of
 * words or phrases in each language that needs one, and why they mean the same here; or, with `ignore`, the words a
 * question adds (how, 怎么办). Only related results use them (src/lib/search/related.ts), never exact ones.
 */
const searchSynonyms = defineCollection({
  loader: file('./src/content/search-synonyms.yaml'),
  schema: z
    .object({
      ...byLocale(() => z.array(z.string().min(1)).min(1).optional()),
      /** The words are left out of related matching instead of standing for one another. */
      ignore: z.boolean().default(false),
      /** Why a reader who types one means the others here, or why the words say nothing about where to look. */
      why: z.string().min(1),
    })
    .strict()
    .refine((entry) => locales.some((l) => entry[l]), { message: 'list the words in at least one language' })
    .refine((entry) => entry.ignore || locales.every((l) => (entry[l]?.length ?? 2) >= 2), {
      message: 'a group of synonyms needs at least two words in each language it lists',
    }),
});

/**
 * The revision log of the English translation (the Chinese is the source, verbatim, and never revised): one YAML file
 * per revision at src/content/changes/{YYYY-MM-DD}-{slug}.yaml. What does not depend on the language (date, time,
 * passages) is written once; src/lib/changes/ checks each passage id against the document and that the file name
 * starts with the date. Pages /{zh,en}/changes/ and their Atom feeds list the revisions.
 */
const changes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/changes' }),
  schema: z
    .object({
      /** The day the revision was published. */
      date: day,
      /** When that day it was committed, 'HH:MM' in UTC: orders revisions of one day and dates the feed's entries. */
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "'time' must read HH:MM"),
      /** The passages whose English it changed, in document order: 'title', 'preamble', parts ('p3'), items ('p4-3'). */
      items: z
        .array(
          z
            .string()
            .regex(
              new RegExp(`^(?:title|${PASSAGE_PATTERN})$`),
              "use 'title', 'preamble', 'p{part}' or 'p{part}-{item}'",
            ),
        )
        .min(1),
      /** What changed and why, once per language, as a reader would want it told: the old and new wording and the reason. */
      summary: perLocale,
    })
    .strict(),
});

export const collections = {
  documents,
  policy,
  outline,
  about,
  regions,
  glossary,
  measures,
  searchSynonyms,
  changes,
};
