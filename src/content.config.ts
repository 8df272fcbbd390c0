import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

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

export const collections = { policy, about };
