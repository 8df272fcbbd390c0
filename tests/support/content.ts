/** Reads the policy MDX files as plain text, for unit tests that run outside Astro. */
import { readdirSync, readFileSync } from 'node:fs';

export interface RawEntry { file: string; locale: 'zh' | 'en'; data: Record<string, unknown>; body: string }

export function readPolicyEntries(root = 'src/content/policy'): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const locale of ['zh', 'en'] as const) {
    for (const name of readdirSync(`${root}/${locale}`).filter((n) => n.endsWith('.mdx')).sort()) {
      const file = `${root}/${locale}/${name}`;
      const text = readFileSync(file, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      const data: Record<string, unknown> = {};
      for (const line of match[1]!.split('\n')) {
        const kv = /^(\w+):\s*(.*)$/.exec(line);
        if (kv) data[kv[1]!] = JSON.parse(kv[2]!);
      }
      entries.push({ file, locale, data, body: match[2]!.trim() });
    }
  }
  return entries;
}
