/**
 * Every collection and its schema. Each fact is written once: an entry's id comes from its file path, facts that
 * do not depend on language live in one data file, and references between collections use reference() so that a
 * wrong id stops the build naming the file. docs/CONTENT.md says how to add or change each kind of entry.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { byLocale, locales, translations, type Locale } from './i18n/locales.ts';
import { ITEM_PATTERN, PASSAGE_PATTERN, SENTENCE_PATTERN } from './lib/document/ids.ts';
import { dayFault } from './lib/dates.ts';
import { webAddressFault } from './lib/gates/web-address.ts';

/** A text in every language of the locale table (src/i18n/locales.ts): { zh: …, en: … }. */
const perLocale = z.object(byLocale(() => z.string().min(1))).strict();

/** A list per language, for the languages that need one: { zh: […], en: […] }. */
const listsPerLocale = z
  .object(byLocale(() => z.array(z.string().min(1)).optional()))
  .strict()
  .default({});

/**
 * A day (the rule is src/lib/dates.ts). YAML reads an unquoted date as a Date at midnight UTC; the content gate
 * checked its text, and a Date with a time of day is refused here too, as its day would depend on the time zone.
 */
const day = z
  .union([z.date(), z.string()])
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().replace('T00:00:00.000Z', '')))
  .superRefine((d, ctx) => {
    const fault = dayFault(d);
    if (fault) ctx.addIssue({ code: 'custom', message: fault });
  });

/** A web address a reader is sent to: http(s) on a public host name (the rule is src/lib/gates/web-address.ts). */
const webAddress = z.string().superRefine((url, ctx) => {
  const fault = webAddressFault(url);
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
          // Its language is the locale table's sourceLocale, stated there once and not again here.
        })
        .strict(),
      /** Where a fuller text was published, which the About page describes (and copies nothing from). */
      fuller: z.object({ url: webAddress }).strict(),
    })
    .strict(),
});

/** Sentences from..to of a passage (1-based, inclusive), or one sentence. */
const span = z.union([z.number().int().min(1), z.tuple([z.number().int().min(1), z.number().int().min(1)])]);

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
      /**
       * A translation only: where it does not render the original one sentence for one, in order, the groups it
       * forms instead (original sentences ↔ its sentences); the rest pair one to one. src/lib/document/sentences.ts.
       */
      align: z.array(z.object({ original: span, translation: span }).strict()).optional(),
      /**
       * A translation only: translator's notes, each on one of its sentences (by the original's numbering, as the
       * anchors count them); `at` names the words of that sentence it is about (the note's mark follows them), and
       * `text` says, in every language, what the original says and why the translation reads as it does.
       */
      notes: z
        .array(
          z.object({ sentence: z.number().int().min(1), at: z.string().min(1).optional(), text: perLocale }).strict(),
        )
        .optional(),
    })
    .strict(),
});

/** Whom a sentence addresses (src/content/outline.yaml says each in words). */
const addressee = z.union([
  z.enum(['all-levels', 'all-leagues', 'others']),
  z.object({ named: z.array(reference('regions')).min(1), open: z.literal(true).optional() }).strict(),
]);

/**
 * The outline: for each passage id, what the source gives and, sentence by sentence, whom its text addresses.
 * Language-independent, so written once (src/content/outline.yaml) rather than in every language's files.
 */
const outline = defineCollection({
  loader: file('./src/content/outline.yaml'),
  schema: z
    .object({
      /** The heading and its text, the heading only, or nothing at all (a part the source lacks). */
      source: z.enum(['full', 'heading-only', 'absent']),
      /** For a passage with text: each sentence's number (as the original divides them) and whom it addresses. */
      sentences: z.record(z.string().regex(/^[1-9]\d*$/, 'sentence numbers start at 1'), addressee).optional(),
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
      /** The day the public record was last searched for this league or city's local measures. */
      measuresSearched: day,
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
          /** Where a reader can check it: an http(s) address on a public host. */
          url: webAddress,
          publisher: perLocale,
          /**
           * official: a government site; official-media: a state or Party outlet; news: a news site whose owner this
           * site could not establish; reprint: a copy of another's text.
           */
          standing: z.enum(['official', 'official-media', 'news', 'reprint']),
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
 * One translated unit as a revision left it: the document's title ('title'), a passage's heading (its id, p4-3) or a
 * sentence (its id, p4-3-3), in one translation; what it read before (absent at first publication), what it reads
 * after, and why. The build holds every unit's current text to its latest record (src/lib/changes/records.ts).
 */
const record = z
  .object({
    unit: z
      .string()
      .regex(
        new RegExp(`^(?:title|${PASSAGE_PATTERN}|${SENTENCE_PATTERN})$`),
        "use 'title', a passage id such as 'p4-3' (its heading) or a sentence id such as 'p4-3-3'",
      ),
    in: z.enum(translations as [Locale, ...Locale[]]),
    was: z.string().min(1).optional(),
    now: z.string().min(1),
    why: perLocale.optional(),
  })
  .strict();

/**
 * The revision log of the translations (the original is the source, verbatim, and never revised): one YAML file per
 * revision at src/content/changes/{YYYY-MM-DD}-{slug}.yaml, listing every unit it changed. Pages /{locale}/changes/
 * and their Atom feeds list the revisions, unit by unit.
 */
const changes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/changes' }),
  schema: z
    .object({
      /** The day the revision was published. */
      date: day,
      /** When that day it was committed, 'HH:MM' in UTC: orders revisions of one day and dates the feed's entries. */
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "'time' must read HH:MM"),
      /** A short title for the revision, in each language, saying what changed: “IV (3): scope of 所在地集中连片区”. */
      title: perLocale,
      /** What changed and why, once per language, as a reader would want it told. */
      summary: perLocale,
      /** Every unit the revision changed, with its wording before and after. */
      records: z.array(record).min(1),
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
