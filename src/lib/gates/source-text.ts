/**
 * The Chinese policy text is the source record, character for character, and the source record is the one the
 * project recorded (source/SHA256SUMS). Each entry's place comes from its file name (preamble.mdx, p3.mdx, p3-4.mdx);
 * only its `heading` and its body are compared, so the check does not depend on other front matter.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../document/source.ts';
import { parsePassageId, passageId } from '../document/ids.ts';

export const SOURCE_SUMS = 'source/SHA256SUMS';

export interface ChineseEntry {
  file: string;
  heading?: unknown;
  body: string;
}

/** `…[differs here]…`: where two texts part, with a little context, for a message a person can act on. */
function firstDifference(label: string, expected: string, found: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === found[i]) i++;
  const show = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 8), i + 12) || '(nothing)');
  return `${label} differs from the source at character ${i + 1}: the source has ${show(expected)}, the file has ${show(found)}`;
}

/** Faults when a recorded hash does not match its file under `source/`. */
export function sourceRecordFaults(root: string): string[] {
  const sums = join(root, SOURCE_SUMS);
  if (!existsSync(sums))
    return [`${SOURCE_SUMS}: missing. It records the SHA-256 of each source record; restore it from git.`];
  return readFileSync(sums, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const [, hash, name] = /^([0-9a-f]{64}) [ *](.+)$/.exec(line) ?? [];
      if (!hash || !name) return [`${SOURCE_SUMS}: unreadable line ${JSON.stringify(line)}.`];
      const file = join(root, 'source', name);
      if (!existsSync(file)) return [`source/${name}: missing. Restore the source record from git.`];
      const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
      return actual === hash
        ? []
        : [
            `source/${name}: its SHA-256 is ${actual}, but ${SOURCE_SUMS} records ${hash}. The source record is never edited: restore it with \`git checkout -- source/${name}\`.`,
          ];
    });
}

/** Faults when a Chinese entry's heading or text is not the source's, or the source has text no entry carries. */
export function chineseTextFaults(
  sourceText: string,
  entries: ChineseEntry[],
  sourceFile: string,
  folder: string,
): string[] {
  const source = parseSource(sourceText);
  const faults: string[] = [];
  const advice = `The Chinese is the source verbatim: copy it from the source record (${sourceFile}, first copy) unchanged.`;
  const compare = (file: string, label: string, expected: string, found: string) => {
    if (expected !== found) faults.push(`${file}: ${firstDifference(label, expected, found)}. ${advice}`);
  };
  const seen = new Set<string>();
  for (const entry of entries) {
    const id = /([^/]+)\.mdx$/.exec(entry.file)?.[1] ?? '';
    const place = parsePassageId(id);
    if (!place) {
      faults.push(
        `${entry.file}: not a policy entry name (preamble.mdx, p{part}.mdx or p{part}-{item}.mdx); rename it.`,
      );
      continue;
    }
    seen.add(id);
    const [partText, itemText] = [String(place.part), place.item === undefined ? '' : String(place.item)];
    const heading = typeof entry.heading === 'string' ? entry.heading : '';
    const body = entry.body.trim();
    const part = source.parts.find((p) => p.part === Number(partText));
    if (id === 'preamble') {
      compare(entry.file, 'the text', source.preamble, body);
    } else if (!part && itemText) {
      faults.push(
        `${entry.file}: the source has no part ${partText}, so no item ${itemText} in it. Policy text absent from the source is never written: delete the file.`,
      );
    } else if (!part) {
      // A part the source lacks (二) is listed so that the numbering reads true, but carries no words at all.
      if (heading || body)
        faults.push(
          `${entry.file}: the source has no part ${partText}, so this entry may have no heading and no text. Policy text absent from the source is never written.`,
        );
    } else if (!itemText) {
      compare(entry.file, 'the heading', part.heading, heading);
      if (body) faults.push(`${entry.file}: a part has a heading only; its text belongs in the item files.`);
    } else {
      const item = part.items.find((i) => i.item === Number(itemText));
      if (!item)
        faults.push(
          `${entry.file}: the source has no item ${itemText} in part ${partText}. Policy text absent from the source is never written: delete the file.`,
        );
      else {
        compare(entry.file, 'the heading', item.heading, heading);
        compare(entry.file, 'the text', item.body, body);
      }
    }
  }
  const expected = [
    'preamble',
    ...source.parts.flatMap((p) => [
      passageId({ kind: 'part', part: p.part }),
      ...p.items.map((i) => passageId({ kind: 'item', part: p.part, item: i.item })),
    ]),
  ];
  for (const id of expected)
    if (!seen.has(id))
      faults.push(
        `src/content/policy/${folder}/${id}.mdx: missing. The source has this passage; add the entry with its text copied verbatim.`,
      );
  return faults;
}
