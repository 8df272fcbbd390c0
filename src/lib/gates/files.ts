/**
 * What a file under src/content must be before its content is read at all: one a collection loads (another would
 * silently be left out), named with an id Astro keeps as it is, within the size limit (checked before reading),
 * UTF-8 without a byte-order mark, and not empty. Each fault names the file and what to do.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { firstInvalidUtf8, lineAndColumn } from './utf8.ts';
import { locales } from '../../i18n/locales.ts';

/** Far above any real file (the longest, regions.yaml with its map, is about 8 KiB), far below harm. */
export const MAX_BYTES = 64 * 1024;
const LANGUAGES = `(${locales.join('|')})`;
/** The files the collections load (src/content.config.ts): a new collection adds its pattern here. */
export const LOADED = [
  /^(documents|outline|regions|search-synonyms)\.yaml$/,
  new RegExp(`^policy/${LANGUAGES}/[^/]+\\.mdx$`),
  new RegExp(`^about/${LANGUAGES}\\.mdx$`),
  /^(glossary|measures|changes)\/[^/]+\.yaml$/,
];

/**
 * An entry's id, which is also its address on the site: a file's name in a folder of entries, a key in regions.yaml.
 * Astro would turn another name into a different id silently ("Bao Tou" into bao-tou), and two names into one.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENTRY_FOLDER = /^(glossary|measures|changes)\/([^/]+)\.yaml$/;

/** Faults when an entry's file name, or a key of regions.yaml (`data`), is not such an id. */
export function idFaults(file: string, name: string, data: Record<string, unknown> | undefined): string[] {
  const stem = ENTRY_FOLDER.exec(name)?.[2];
  if (stem !== undefined && !ID.test(stem))
    return [
      `${file}: the file name is the entry's id and address; use lowercase letters, digits and hyphens only (e.g. ${stem
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.yaml).`,
    ];
  if (name !== 'regions.yaml' || !data) return [];
  return Object.keys(data)
    .filter((key) => !ID.test(key))
    .map(
      (key) =>
        `${file}: '${key}' is not a region id: the id is each region's address; use lowercase letters, digits and hyphens only, and the same id wherever the region is named (outline.yaml, measures).`,
    );
}

/** The text of a content file, or undefined with its fault recorded when it cannot be read as content at all. */
export function readText(root: string, file: string, faults: string[]): string | undefined {
  const size = statSync(join(root, file)).size;
  if (size > MAX_BYTES)
    return void faults.push(
      `${file}: ${size.toLocaleString('en')} bytes; a content file may hold at most ${MAX_BYTES.toLocaleString('en')} (64 KiB), many times the longest passage. Remove what was pasted in by mistake.`,
    );
  const bytes = readFileSync(join(root, file));
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = lineAndColumn(bytes, bad);
    return void faults.push(
      `${file}: not valid UTF-8 at byte ${bad} (line ${line}, column ${column}: byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}). Save the file as UTF-8.`,
    );
  }
  let text = bytes.toString('utf8');
  if (text.startsWith('\uFEFF')) {
    faults.push(
      `${file}: starts with a byte-order mark (U+FEFF). Remove the byte-order mark: save the file as UTF-8 without BOM.`,
    );
    text = text.slice(1);
  }
  if (!text.trim()) return void faults.push(`${file}: the file is empty. Write its content, or delete it.`);
  return text;
}
