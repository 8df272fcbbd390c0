/**
 * The build's gate on content: everything under src/content is read before Astro builds, and each fault is named with
 * its file and what to do. Empty files, bytes that are not UTF-8, front matter that is not YAML or holds an impossible
 * date, markup outside the allow-list (mdx-markup.ts), Chinese text that is not the source, and a changed source record
 * (source-text.ts). Unknown front matter keys are the collections' strict schemas' job (src/content.config.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { firstInvalidUtf8, lineAndColumn } from './utf8.ts';
import { MARKUP_ADVICE, markupFaults } from './mdx-markup.ts';
import { chineseTextFaults, sourceRecordFaults, type ChineseEntry } from './source-text.ts';
import { documentSources } from '../document/provenance.ts';
import { dayFault, looksLikeDay } from '../dates.ts';

const CONTENT = 'src/content';
const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Day-shaped strings anywhere in the data that break the date rule (src/lib/dates.ts), with where they are. */
function dateFaults(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') {
    const fault = looksLikeDay(value) ? dayFault(value) : undefined;
    return fault ? [`'${path.join('.')}': ${fault}`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => dateFaults(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => dateFaults(v, [...path, k]));
  return [];
}

/** The YAML data of a front matter block or YAML file; faults for syntax and impossible dates. */
function readYaml(file: string, text: string, faults: string[]): Record<string, unknown> {
  try {
    const data = (parse(text, { uniqueKeys: true }) ?? {}) as Record<string, unknown>;
    for (const fault of dateFaults(data)) faults.push(`${file}: ${fault}.`);
    return data;
  } catch (error) {
    faults.push(`${file}: the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return {};
  }
}

/** Every fault in the project's content, source record included (none when the build may go on), and advice on them. */
export function contentFaults(root = process.cwd()): { faults: string[]; advice: string[] } {
  const faults: string[] = [];
  let markup = false;
  const [source] = documentSources(root);
  if (!source) return { faults: ['src/content/documents.yaml: no document; add its entry.'], advice: [] };
  const original: ChineseEntry[] = [];
  const files = (readdirSync(join(root, CONTENT), { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => statSync(join(root, CONTENT, name)).isFile())
    .sort();
  for (const name of files) {
    const file = `${CONTENT}/${name}`;
    const bytes = readFileSync(join(root, file));
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      const { line, column } = lineAndColumn(bytes, bad);
      faults.push(
        `${file}: not valid UTF-8 at byte ${bad} (line ${line}, column ${column}: byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}). Save the file as UTF-8.`,
      );
      continue;
    }
    const text = bytes.toString('utf8');
    if (!text.trim()) {
      faults.push(`${file}: the file is empty. Write its content, or delete it.`);
      continue;
    }
    if (/\.ya?ml$/.test(name)) readYaml(file, text, faults);
    if (!name.endsWith('.mdx')) continue;
    const front = FRONT_MATTER.exec(text);
    const data = front ? readYaml(file, front[1] ?? '', faults) : {};
    for (const fault of markupFaults(text)) {
      faults.push(`${file}:${fault.line}:${fault.column}: ${fault.message}`);
      markup = true;
    }
    if (name.startsWith(`policy/${source.language}/`))
      original.push({ file, heading: data.heading, body: front ? text.slice(front[0].length) : text });
  }
  const records = sourceRecordFaults(root);
  faults.push(...records);
  // Only the benchmark's scaled copies (bench/timed-build.ts) skip the comparison: they repeat real parts as new ones.
  const scaled = process.env.BENCH_SCALED_CONTENT === '1';
  if (!records.length && !scaled)
    faults.push(
      ...chineseTextFaults(readFileSync(join(root, source.file), 'utf8'), original, source.file, source.language),
    );
  return { faults, advice: markup ? [MARKUP_ADVICE] : [] };
}
