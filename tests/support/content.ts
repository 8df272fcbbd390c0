/** Reads the policy MDX files and the outline as plain data, for tests that run outside Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { passageData, type PassageData } from '../../src/lib/document/model.ts';

export interface RawEntry {
  file: string;
  locale: 'zh' | 'en';
  data: PassageData;
  body: string;
}

/** Front matter and body of a Markdown/MDX file. */
export function readFrontMatter(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n?---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no front matter`);
  return { data: parse(match[1]!) ?? {}, body: match[2]!.trim() };
}

/** Every policy entry with the data pages see: place and label from the file name, facts from the outline. */
export function readPolicyEntries(root = 'src/content/policy', outlineFile = 'src/content/outline.yaml'): RawEntry[] {
  const outline = parse(readFileSync(outlineFile, 'utf8')) as Record<
    string,
    { source: 'full'; regions?: string[]; appliesTo?: 'all-leagues' }
  >;
  return (['zh', 'en'] as const).flatMap((locale) =>
    readdirSync(`${root}/${locale}`)
      .filter((n) => n.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const file = `${root}/${locale}/${name}`;
        const id = name.replace(/\.mdx$/, '');
        const { data, body } = readFrontMatter(file);
        const facts = outline[id];
        if (!facts) throw new Error(`${outlineFile}: no line for ${id}`);
        return {
          file,
          locale,
          body,
          data: passageData(id, file, locale, data.heading as string | undefined, { regions: [], ...facts }),
        };
      }),
  );
}
