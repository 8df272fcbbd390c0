/**
 * More content for the bench's 10× and 100× builds: copies of the document's parts and their items, in both
 * languages, renumbered as further parts (p5, p6, …); their labels (五、/V.) follow from the ids. The text of each
 * copy is the real text of the part it copies, so the builds cost what real text costs, and nothing is invented.
 * The files go only into a temporary copy of the project (makeFixture), never into src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const POLICY = 'src/content/policy';
const OUTLINE = 'src/content/outline.yaml';

export interface ScaledContent {
  files: Record<string, string>;
  entriesPerLocale: number;
}

/** The files to add or replace for `factor`× the content (1 changes nothing), read from `root`'s own entries. */
export function scaledContent(factor: number, root = '.'): ScaledContent {
  const files: Record<string, string> = {};
  const names = readdirSync(join(root, POLICY, 'zh'))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, ''));
  const parts = names
    .filter((id) => id !== 'preamble')
    .map((id) => ({ id, part: Number(/^p(\d+)/.exec(id)![1]), item: /-(\d+)$/.exec(id)?.[1] }));
  const lastPart = Math.max(...parts.map((e) => e.part));
  const outline = readFileSync(join(root, OUTLINE), 'utf8');
  const facts = new Map(
    outline
      .split('\n')
      .map((line) => /^(p[\d-]+): (.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
  let extra = '';
  for (let copy = 1; copy < factor; copy++) {
    for (const entry of parts) {
      const part = entry.part + lastPart * copy;
      const id = entry.item ? `p${part}-${entry.item}` : `p${part}`;
      for (const locale of ['zh', 'en'])
        files[`${POLICY}/${locale}/${id}.mdx`] = readFileSync(join(root, POLICY, locale, `${entry.id}.mdx`), 'utf8');
      extra += `${id}: ${facts.get(entry.id)}\n`;
    }
  }
  if (extra) files[OUTLINE] = outline + extra;
  return { files, entriesPerLocale: names.length + parts.length * (factor - 1) };
}
