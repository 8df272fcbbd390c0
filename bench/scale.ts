/**
 * More content for the bench's 10× and 100× builds: copies of the document's parts and their items, in every
 * language, renumbered as further parts (p5, p6, …); their labels (五、/V.) follow from the ids. The text of each
 * copy is the real text of the part it copies, so the builds cost what real text costs, and nothing is invented.
 * The copies' translated units are recorded in a revision file of their own, as the build requires of every unit.
 * The files go only into a temporary copy of the project (makeFixture), never into src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { locales, translations } from '../src/i18n/locales.ts';
import { parsePassageId, passageId, sentenceId } from '../src/lib/document/ids.ts';
import { splitSentences } from '../src/lib/document/sentences.ts';
import { passageParagraphs } from '../src/lib/document/text.ts';

const POLICY = 'src/content/policy';
const OUTLINE = 'src/content/outline.yaml';
/**
 * The copies' revision records, dated as the first publication, so that they are never later than a build: one file
 * per copy, since the content gate holds every content file to 64 KiB and a hundred copies' units would not fit one.
 */
export const copiesRecord = (copy: number) => `src/content/changes/2026-11-28-bench-copies-${copy}.yaml`;

export interface ScaledContent {
  files: Record<string, string>;
  entriesPerLocale: number;
}

/** A copy's translated units as the revision log records them: its heading and each sentence. */
function units(id: string, mdx: string, file: string): { unit: string; now: string }[] {
  const match = /^---\n([\s\S]*?)\n?---\n?([\s\S]*)$/.exec(mdx)!;
  const heading = (parse(match[1]!) ?? {}).heading as string | undefined;
  const paragraphs = passageParagraphs(match[2]!, file).map((p) => p.text);
  return [
    ...(heading ? [{ unit: id, now: heading }] : []),
    ...splitSentences(paragraphs, translations[0]!).map((s) => ({ unit: sentenceId(id, s.n), now: s.text })),
  ];
}

/** The files to add or replace for `factor`× the content (1 changes nothing), read from `root`'s own entries. */
export function scaledContent(factor: number, root = '.'): ScaledContent {
  const files: Record<string, string> = {};
  const names = readdirSync(join(root, POLICY, locales[0]!))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, ''));
  const entries = names.filter((id) => id !== 'preamble').map((id) => ({ id, place: parsePassageId(id)! }));
  const lastPart = Math.max(...entries.map((e) => e.place.part));
  const outlineText = readFileSync(join(root, OUTLINE), 'utf8');
  const outline = parse(outlineText) as Record<string, unknown>;
  const extra: Record<string, unknown> = {};
  for (let copy = 1; copy < factor; copy++) {
    const records: { unit: string; in: string; now: string }[] = [];
    for (const entry of entries) {
      const id = passageId({ ...entry.place, part: entry.place.part + lastPart * copy });
      for (const locale of locales) {
        const file = `${POLICY}/${locale}/${id}.mdx`;
        files[file] = readFileSync(join(root, POLICY, locale, `${entry.id}.mdx`), 'utf8');
        if (translations.includes(locale))
          records.push(...units(id, files[file]!, file).map((u) => ({ ...u, in: locale })));
      }
      extra[id] = outline[entry.id];
    }
    if (records.length)
      files[copiesRecord(copy)] = stringify({
        date: '2026-11-28',
        time: '14:55',
        title: { zh: `基准测试用的副本 ${copy}`, en: `Copies for the benchmark, ${copy}` },
        summary: { zh: '基准测试在临时副本中复制各部分。', en: 'The benchmark copies the parts in a temporary copy.' },
        records,
      });
  }
  if (factor > 1) files[OUTLINE] = `${outlineText}\n${stringify(extra)}`;
  return { files, entriesPerLocale: names.length + entries.length * (factor - 1) };
}
