import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { measuresLoader } from './lib/measures-loader.ts';

/**
 * The policy: one MDX entry per preamble, part and item, per language, at
 * src/content/policy/{zh,en}/{id}.mdx. The body of the entry is the item's text;
 * the frontmatter describes where it sits in the document.
 */
const policy = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.mdx', base: './src/content/policy' }),
  schema: z
    .object({
      /** Stable address of the passage, the same in both languages: preamble, p3 (part 三), p3-4 (三（四）). */
      id: z.string().regex(/^(preamble|p\d+(-\d+)?)$/, "use 'preamble', 'p{part}' or 'p{part}-{item}'"),
      /** What the entry is. */
      kind: z.enum(['preamble', 'part', 'item']),
      /** The part's number (三 → 3); 0 for the preamble. */
      part: z.number().int().min(0),
      /** The item's number within its part (（四） → 4); only on items. */
      item: z.number().int().min(1).optional(),
      /** The label printed before the heading: 三、 / （四） in Chinese, III. / (4) in English. */
      label: z.string().min(1).optional(),
      /** The heading, without the label; absent only when the source lacks the part. */
      heading: z.string().min(1).optional(),
      /** What the source gives: the heading and its text, the heading only, or nothing at all. */
      source: z.enum(['full', 'heading-only', 'absent']),
      /** League-level regions (ids of the regions collection) that the item names. */
      regions: z.array(z.string()).default([]),
      /**
       * Set when the item addresses every league and city (各盟市) without naming them one by one, so that
       * each region page lists it. Recorded once, here, rather than on twelve region files.
       */
      appliesTo: z.enum(['all-leagues']).optional(),
    })
    .superRefine((entry, ctx) => {
      const expected =
        entry.kind === 'preamble' ? 'preamble' : entry.kind === 'part' ? `p${entry.part}` : `p${entry.part}-${entry.item}`;
      if (entry.id !== expected) ctx.addIssue({ code: 'custom', path: ['id'], message: `id '${entry.id}' does not match kind/part/item; expected '${expected}'` });
      if (entry.kind === 'item' && entry.item === undefined) ctx.addIssue({ code: 'custom', path: ['item'], message: "an item needs 'item', its number within the part" });
      if (entry.kind !== 'preamble' && !entry.label) ctx.addIssue({ code: 'custom', path: ['label'], message: "parts and items need 'label'" });
      if (entry.kind !== 'preamble' && entry.source !== 'absent' && !entry.heading)
        ctx.addIssue({ code: 'custom', path: ['heading'], message: "missing 'heading' (only an entry whose source is 'absent' may omit it)" });
    }),
});

/** Prose pages that are not policy text: the About page, one MDX entry per language (zh.mdx, en.mdx). */
const about = defineCollection({
  loader: glob({ pattern: '{zh,en}.mdx', base: './src/content/about' }),
  schema: z.object({
    /** The page's heading. */
    title: z.string().min(1),
  }),
});

/**
 * The glossary: one YAML entry per term at src/content/glossary/{id}.yaml. The items a term occurs in
 * are not listed here: they are derived from the Chinese text at build time (src/lib/glossary-content.ts),
 * which also fails the build when an English item does not use `en` (as `enMatch` defines it).
 */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/glossary' }),
  schema: z
    .object({
      /** A policy term, or one of the twelve league-level regions. */
      kind: z.enum(['term', 'region']),
      /** The Chinese term exactly as the text writes it, full-width punctuation included: 旗县（市、区）. */
      zh: z.string().min(1),
      /** Other Chinese forms that count as an occurrence, e.g. a region's short form without 市/盟: 呼和浩特. */
      zhForms: z.array(z.string().min(1)).default([]),
      /** The English rendering this site uses, as shown in the glossary. */
      en: z.string().min(1),
      /**
       * What counts as the rendering in English text, when more than `en` itself: literal phrases, matched
       * case-insensitively on word boundaries; a * ending a word accepts any word ending (coordinat*).
       * Default: [en]. Keep it narrow: every extra form is a way for the translation to drift.
       */
      enMatch: z.array(z.string().min(1)).optional(),
      /** Renderings other English texts use, which this site does not. */
      variants: z.array(z.string().min(1)).default([]),
      /** A short note in each language: what the term means here. */
      note: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    })
    .transform((entry) => ({ ...entry, enMatch: entry.enMatch ?? [entry.en] })),
});

/**
 * The twelve league-level divisions (盟市): one MDX entry per region per language, at
 * src/content/regions/{zh,en}/{id}.mdx. The items that name a region and the items that apply to it are
 * not written here: they are read from the items themselves (policy `regions` and `appliesTo`), so each
 * fact is recorded once; src/lib/regions.ts joins them and checks every reference.
 */
const regions = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.mdx', base: './src/content/regions' }),
  schema: z.object({
    /** Stable address, the same in both languages: /zh/regions/{id}/. */
    id: z.string().regex(/^[a-z]+$/, "use the region's lower-case romanized name, e.g. 'hohhot'"),
    /** The official name in this language: 呼和浩特市 / Hohhot, 兴安盟 / Hinggan League. */
    name: z.string().min(1),
    /** 盟 (league) or 市 (city). */
    kind: z.enum(['league', 'city']),
    /** Position in the customary official listing (呼和浩特 1 … 阿拉善 12); tables follow it. */
    order: z.number().int().min(1),
    /** Tile in the schematic picture: [column west→east, row north→south]. A cartogram, not geography. */
    tile: z.tuple([z.number().min(0), z.number().min(0)]),
  }),
});

/**
 * Local implementation measures: one MDX entry per measure per language, at
 * src/content/measures/{zh,en}/{name}.mdx (README: "For content authors: adding a local measure").
 * None is recorded yet, and none may be invented: every field is required so that each one is traceable.
 */
const required = (field: string, what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `missing '${field}': ${what}` : `'${field}' must be ${what}`),
});
const measures = defineCollection({
  loader: measuresLoader(),
  schema: z.object({
    /** The region (id in the regions collection) that issued or is bound by the measure. */
    region: z.string(required('region', "the id of the league or city, e.g. 'hohhot'")).min(1),
    /** The measure's title as published. */
    title: z.string(required('title', 'the title as published')).min(1),
    /** Who issued it. */
    issuer: z.string(required('issuer', 'the issuing body as published')).min(1),
    /** When it was issued, as YYYY-MM-DD (quoted or not). */
    date: z
      .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)], required('date', 'the day it was issued, as YYYY-MM-DD'))
      .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10))),
    /** Where a reader can check it: document number, publisher, address or archive. */
    source: z.string(required('source', 'a citation a reader can check: document number, publisher, address')).min(1),
    /** The policy items it implements (ids such as 'p4-3'); at least one. */
    items: z.array(z.string(), required('items', "a list of policy item ids, e.g. ['p4-3']")).min(1, "'items' needs at least one policy item id"),
  }),
});

/**
 * The revision log of the English translation (the Chinese is the source, verbatim, and never revised): one
 * YAML file per revision at src/content/changes/{YYYY-MM-DD}-{slug}.yaml. What does not depend on the language
 * (date, time, passages) is written once; src/lib/changes/ checks each passage id against the document and
 * that the file name starts with the date. Pages /{zh,en}/changes/ and their Atom feeds list the revisions.
 */
const changes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/changes' }),
  schema: z.strictObject({
    /** The day the revision was published, quoted: '2026-11-28' (unquoted, YAML would read a date object). */
    date: z.string({ error: "'date' must be the day of the revision as a quoted string, e.g. '2026-11-28'" }).regex(/^\d{4}-\d{2}-\d{2}$/, "'date' must read YYYY-MM-DD"),
    /** When that day it was committed, 'HH:MM' in UTC: orders revisions of one day and dates the feed's entries. */
    time: z.string({ error: "'time' must be the time of the commit, 'HH:MM' UTC, quoted" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "'time' must read HH:MM"),
    /** The passages whose English it changed, in document order: 'title', 'preamble', parts ('p3'), items ('p4-3'). */
    items: z.array(z.string().regex(/^(title|preamble|p\d+(-\d+)?)$/, "use 'title', 'preamble', 'p{part}' or 'p{part}-{item}'")).min(1),
    /** What changed and why, once per language, as a reader would want it told: the old and new wording and the reason. */
    summary: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  }),
});

export const collections = { policy, about, glossary, regions, measures, changes };
