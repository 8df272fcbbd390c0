/**
 * The build's gate on content: every file under src/content is read before Astro builds, and each fault is named
 * with its file (and line and field where it has them) and what to do. Refused: a file no collection loads, a file
 * over the size limit, bytes that are not UTF-8, a byte-order mark, an empty file, control characters
 * (./files.ts, ./characters.ts), YAML that does not parse, an impossible or future date (./yaml-fields.ts), markup outside the
 * allow-list (./mdx-markup.ts), item text that is not plain paragraphs (../document/text.ts), original text that is
 * not the source, a translation with text where the source has none or none where it has some, an outline that
 * misstates the source, and a changed source record (./source-text.ts). Unknown front matter keys, references and
 * field types are the collections' schemas' job (src/content.config.ts, src/lib/references/faults.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { idFaults, LOADED, readText } from './files.ts';
import { MARKUP_ADVICE, markupFaults } from './mdx-markup.ts';
import { outlineFaults, passageFaults, sourceRecordFaults, type PolicyFile } from './source-text.ts';
import { CONTROL_ADVICE, codePoint, controlCharacter, place } from './characters.ts';
import { readYaml } from './yaml-fields.ts';
import { documentSources } from '../document/provenance.ts';
import { parsePassageText } from '../document/text.ts';
import { isPassageId, PREAMBLE } from '../document/ids.ts';
import { locales, sourceLocale } from '../../i18n/locales.ts';

export { MAX_BYTES } from './files.ts';

const CONTENT = 'src/content';
const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
/** The faults of one MDX file's front matter and body; a policy entry's heading and body for the text check. */
function mdxFaults(file: string, text: string, faults: string[]): { heading: unknown; body: string; markup: boolean } {
  const front = FRONT_MATTER.exec(text);
  const { data, faults: yaml } = front ? readYaml(file, front[1] ?? '', 2) : { data: {}, faults: [] };
  faults.push(...yaml);
  const body = front ? text.slice(front[0].length) : text;
  const markup = markupFaults(text).map((f) => `${file}:${f.line}:${f.column}: ${f.message}`);
  faults.push(...markup);
  const id = /([^/]+)\.mdx$/.exec(file)![1]!;
  if (!markup.length && file.startsWith(`${CONTENT}/policy/`) && isPassageId(id)) {
    // Only the preamble, which cites the title, may set it in italics.
    const parsed = parsePassageText(body, id === PREAMBLE);
    const offset = front ? front[0].split('\n').length - 1 : 0;
    if ('fault' in parsed) {
      const { line, column, message } = parsed.fault;
      faults.push(
        `${file}:${line + offset}:${column}: the text must be plain paragraphs, but ${message}. Write the text without Markdown or MDX syntax.`,
      );
    }
  }
  return { heading: data.heading, body, markup: markup.length > 0 };
}

/** Every fault in the project's content, source record included (none when the build may go on), and advice on them. */
export function contentFaults(root = process.cwd()): { faults: string[]; advice: string[] } {
  const faults: string[] = [];
  const [source] = documentSources(root);
  if (!source) return { faults: ['src/content/documents.yaml: no document; add its entry.'], advice: [] };
  const policy: PolicyFile[] = [];
  let markup = false;
  let outline: Record<string, unknown> = {};
  const names = (readdirSync(join(root, CONTENT), { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => statSync(join(root, CONTENT, name)).isFile())
    .sort();
  for (const name of names) {
    const file = `${CONTENT}/${name}`;
    if (!LOADED.some((pattern) => pattern.test(name))) {
      faults.push(
        `${file}: no collection loads this file, so the site would leave it out. Give it the name and place docs/CONTENT.md describes (YAML files end in .yaml, MDX in .mdx), or delete it.`,
      );
      continue;
    }
    const text = readText(root, file, faults);
    if (text === undefined) continue;
    const own: string[] = [];
    const yaml = name.endsWith('.yaml') ? readYaml(file, text) : undefined;
    if (yaml) own.push(...yaml.faults, ...idFaults(file, name, yaml.data));
    if (name === 'outline.yaml' && yaml) outline = yaml.data;
    const entry = name.endsWith('.mdx') ? mdxFaults(file, text, own) : undefined;
    const control = controlCharacter(text, true);
    if (control && !own.some((f) => f.includes('control character'))) {
      const { line, column } = place(text, control.index);
      own.push(
        `${file}:${line}:${column}: holds the control character ${codePoint(control.character)}; ${CONTROL_ADVICE}.`,
      );
    }
    faults.push(...own);
    markup ||= entry?.markup ?? false;
    if (entry && name.startsWith('policy/'))
      policy.push({ file, locale: name.split('/')[1]!, heading: entry.heading, body: entry.body });
  }
  const records = sourceRecordFaults(root);
  faults.push(...records);
  // Only the benchmark's scaled copies (bench/timed-build.ts) skip the comparison: they repeat real parts as new ones.
  const scaled = process.env.BENCH_SCALED_CONTENT === '1';
  if (!records.length && !scaled) {
    const sourceText = readFileSync(join(root, source.file), 'utf8');
    const present = names.filter((n) => n.startsWith('policy/')).map((n) => `${CONTENT}/${n}`);
    faults.push(...passageFaults(sourceText, policy, source.file, sourceLocale, locales, present));
    faults.push(...outlineFaults(sourceText, outline, `${CONTENT}/outline.yaml`));
  }
  return { faults, advice: markup ? [MARKUP_ADVICE] : [] };
}
