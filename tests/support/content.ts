/** Reads the policy MDX files and the outline as plain data, assembled as the build assembles them, for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { assemblePassages, outlineFacts } from '../../src/lib/document/assemble.ts';
import type { PassageEntry } from '../../src/lib/document/model.ts';

/** Front matter and body of a Markdown/MDX file. */
export function readFrontMatter(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n?---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no front matter`);
  return { data: parse(match[1]!) ?? {}, body: match[2]!.trim() };
}

/** A passage as tests use it: assembled like the build's, its body the file's text. */
export type TestPassage = PassageEntry<string> & { file: string };

/** Every policy entry with the data pages see: place and label from the file name, facts from the outline. */
export function readPolicyEntries(
  root = 'src/content/policy',
  outlineFile = 'src/content/outline.yaml',
): TestPassage[] {
  const outline = parse(readFileSync(outlineFile, 'utf8')) as Record<string, Parameters<typeof outlineFacts>[0]>;
  const raw = locales.flatMap((locale: Locale) =>
    readdirSync(`${root}/${locale}`)
      .filter((n) => n.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const filePath = `${root}/${locale}/${name}`;
        const { data, body } = readFrontMatter(filePath);
        return { filePath, locale, id: name.replace(/\.mdx$/, ''), ...data, text: body, body };
      }),
  );
  const facts = new Map(Object.entries(outline).map(([id, data]) => [id, outlineFacts(data)]));
  return assemblePassages(raw as Parameters<typeof assemblePassages<string>>[0], facts).map((e) => ({
    ...e,
    file: e.filePath,
  }));
}

/** The passage `id` in `locale` among `entries`; throws when it is missing, so that a test says what it looked for. */
export function passageIn<T extends { locale: string; data: { id: string } }>(
  entries: T[],
  locale: Locale,
  id: string,
): T {
  const entry = entries.find((e) => e.locale === locale && e.data.id === id);
  if (!entry) throw new Error(`no passage ${id} in ${locale}`);
  return entry;
}
