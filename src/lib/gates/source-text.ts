/**
 * The policy text against the source record. The original (Chinese) is the source character for character; every
 * translation has a heading exactly where the source has one and text exactly where the source has text, so that no
 * language publishes what the source lacks (an English heading for part 二, English text for a heading-only item).
 * Each entry's place comes from its file name (preamble.mdx, p3.mdx, p3-4.mdx); only its `heading` and its body are
 * read, so the check does not depend on other front matter. The source record itself is the one the project
 * recorded (source/SHA256SUMS).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../document/source.ts';
import { parsePassageId, passageId, PREAMBLE } from '../document/ids.ts';
import { parseSumsLine } from '../sums.ts';

export const SOURCE_SUMS = 'source/SHA256SUMS';

export interface PolicyFile {
  file: string;
  locale: string;
  heading?: unknown;
  body: string;
}

/** What the source gives for a passage: its heading and text ('' where it has none); for a part, its items. */
interface Shape {
  heading: string;
  body: string;
  items?: number;
}
type SourceStatus = 'full' | 'heading-only' | 'absent';
/** As outline.yaml states it: a part is full when it has items, heading-only when it has none. */
export const statusOf = (shape: Shape | undefined): SourceStatus =>
  !shape || (!shape.heading && !shape.body) ? 'absent' : shape.body || shape.items ? 'full' : 'heading-only';

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
      const { hash, file: name } = parseSumsLine(line) ?? {};
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

/** Every passage the source gives, by id, with its heading and text; parts it lacks below its last are absent. */
export function sourceShapes(sourceText: string): Map<string, Shape> {
  const source = parseSource(sourceText);
  const shapes = new Map<string, Shape>([[PREAMBLE, { heading: '', body: source.preamble }]]);
  const last = Math.max(...source.parts.map((p) => p.part));
  for (let n = 1; n <= last; n++) {
    const part = source.parts.find((p) => p.part === n);
    // A part the source lacks (二) is listed so that the numbering reads true, but carries no words at all.
    shapes.set(passageId({ kind: 'part', part: n }), {
      heading: part?.heading ?? '',
      body: '',
      items: part?.items.length ?? 0,
    });
    for (const item of part?.items ?? []) shapes.set(item.id, { heading: item.heading, body: item.body });
  }
  return shapes;
}

/** Faults when a translation's heading or text is where the source has none, or missing where it has one. */
function translationFaults(file: string, id: string, shape: Shape, heading: string, body: string): string[] {
  const what = id === PREAMBLE ? 'the preamble' : parsePassageId(id)!.kind === 'item' ? 'this item' : 'this part';
  const status = statusOf({ ...shape, items: 0 });
  const gives =
    status === 'absent'
      ? `the source lacks ${what}`
      : status === 'heading-only'
        ? `the source gives ${what} as a heading only`
        : `the source gives ${what}'s heading and text`;
  const faults: string[] = [];
  if (heading && !shape.heading)
    faults.push(
      `${file}: ${gives}, so its translation has no 'heading'. Remove it: policy text absent from the source is never written.`,
    );
  if (!heading && shape.heading) faults.push(`${file}: missing 'heading'; ${gives}: translate the heading.`);
  if (body && !shape.body)
    faults.push(
      `${file}: ${gives}, so its translation has no text. Remove the text: policy text absent from the source is never written.`,
    );
  if (!body && shape.body) faults.push(`${file}: the text is missing; ${gives}: translate the text.`);
  return faults;
}

/**
 * Faults in the policy files of every language: the original's headings and text must be the source's, each
 * translation's must be where the source's are, and every language needs a file for every passage, and none other.
 * `present` lists every policy file there is, read or not (one refused for its size is there, not missing).
 */
export function passageFaults(
  sourceText: string,
  entries: PolicyFile[],
  sourceFile: string,
  original: string,
  locales: readonly string[],
  present: string[] = entries.map((e) => e.file),
): string[] {
  const shapes = sourceShapes(sourceText);
  const faults: string[] = [];
  const advice = `The ${original} text is the source verbatim: copy it from the source record (${sourceFile}, first copy) unchanged.`;
  for (const entry of entries) {
    const id = /([^/]+)\.mdx$/.exec(entry.file)?.[1] ?? '';
    const place = parsePassageId(id);
    if (!place) {
      faults.push(
        `${entry.file}: not a policy entry name (preamble.mdx, p{part}.mdx or p{part}-{item}.mdx); rename it.`,
      );
      continue;
    }
    const heading = typeof entry.heading === 'string' ? entry.heading : '';
    const body = entry.body.trim();
    const shape = shapes.get(id);
    if (!shape) {
      faults.push(
        `${entry.file}: the source has no ${place.kind === 'item' ? `item ${place.item} in part ${place.part}` : `part ${place.part}`}. Policy text absent from the source is never written, in any language: delete the file.`,
      );
    } else if (entry.locale !== original) {
      faults.push(...translationFaults(entry.file, id, shape, heading, body));
    } else if (statusOf(shape) === 'absent' && (heading || body)) {
      faults.push(
        `${entry.file}: the source has no part ${place.part}, so this entry may have no heading and no text. Policy text absent from the source is never written.`,
      );
    } else {
      if (heading !== shape.heading)
        faults.push(`${entry.file}: ${firstDifference('the heading', shape.heading, heading)}. ${advice}`);
      if (place.kind === 'part' && body)
        faults.push(`${entry.file}: a part has a heading only; its text belongs in the item files.`);
      else if (body !== shape.body)
        faults.push(`${entry.file}: ${firstDifference('the text', shape.body, body)}. ${advice}`);
    }
  }
  for (const locale of locales)
    for (const id of shapes.keys())
      if (!present.some((file) => file.endsWith(`/policy/${locale}/${id}.mdx`)))
        faults.push(
          `src/content/policy/${locale}/${id}.mdx: missing. The source has this passage; add the entry${locale === original ? ' with its text copied verbatim' : ', translated'}.`,
        );
  return faults;
}

/** Faults when outline.yaml's `source` for a passage is not what the source gives. */
export function outlineFaults(sourceText: string, outline: Record<string, unknown>, file: string): string[] {
  const shapes = sourceShapes(sourceText);
  return Object.entries(outline).flatMap(([id, facts]) => {
    const said = (facts as { source?: unknown } | null)?.source;
    const status = statusOf(shapes.get(id));
    const gives = { full: 'its heading and text', 'heading-only': 'its heading only', absent: 'nothing' }[status];
    return shapes.has(id) && typeof said === 'string' && said !== status
      ? [`${file}: '${id}' says source: ${said}, but the source gives ${gives}; write source: ${status}.`]
      : [];
  });
}
