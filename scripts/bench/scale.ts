/**
 * More content for the bench's 10× and 100× builds: copies of the document's parts and their items,
 * in both languages, renumbered as further parts (p5, p6, …) with matching labels (五、/V.). The
 * text of each copy is the real text of the part it copies, so the builds cost what real text costs,
 * and nothing is invented. The files go only into a temporary copy of the project (makeFixture),
 * never into src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const POLICY = 'src/content/policy';
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 三, 十二, 四十, 一百零五, 三百一十 — enough for the bench's part numbers (below 1000). */
export function chineseNumeral(n: number): string {
  if (n < 1 || n >= 1000) throw new RangeError(`chineseNumeral: ${n} is out of range`);
  const [hundreds, tens, ones] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : DIGITS[tens]}十`;
  else if (hundreds && ones) out += '零';
  return out + DIGITS[ones];
}

export function romanNumeral(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

/** Sets frontmatter fields (JSON values, as the collection's files write them). */
function withFields(text: string, fields: Record<string, unknown>): string {
  return text.replace(/^---\n([\s\S]*?)\n---/, (_, head: string) => {
    const lines = head.split('\n').map((line) => {
      const key = /^(\w+):/.exec(line)?.[1];
      return key && key in fields ? `${key}: ${JSON.stringify(fields[key])}` : line;
    });
    return `---\n${lines.join('\n')}\n---`;
  });
}

export interface ScaledContent { files: Record<string, string>; entriesPerLocale: number }

/** The files to add for `factor`× the content (1 adds nothing), read from `root`'s own entries. */
export function scaledContent(factor: number, root = '.'): ScaledContent {
  const files: Record<string, string> = {};
  let entriesPerLocale = 0;
  for (const locale of ['zh', 'en'] as const) {
    const folder = join(root, POLICY, locale);
    const entries = readdirSync(folder).filter((n) => n.endsWith('.mdx'))
      .map((name) => ({ text: readFileSync(join(folder, name), 'utf8') }))
      .map((e) => ({ ...e, kind: /\nkind: "(\w+)"/.exec(e.text)?.[1], part: Number(/\npart: (\d+)/.exec(e.text)?.[1]), item: /\nitem: (\d+)/.exec(e.text)?.[1] }));
    const parts = entries.filter((e) => e.kind !== 'preamble');
    const lastPart = Math.max(...parts.map((e) => e.part));
    entriesPerLocale = entries.length + parts.length * (factor - 1);
    for (let copy = 1; copy < factor; copy++) {
      for (const entry of parts) {
        const part = entry.part + lastPart * copy;
        const id = entry.kind === 'part' ? `p${part}` : `p${part}-${entry.item}`;
        const fields: Record<string, unknown> = { id, part };
        if (entry.kind === 'part') fields.label = locale === 'zh' ? `${chineseNumeral(part)}、` : `${romanNumeral(part)}.`;
        files[`${POLICY}/${locale}/${id}.mdx`] = withFields(entry.text, fields);
      }
    }
  }
  return { files, entriesPerLocale };
}
