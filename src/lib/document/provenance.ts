/**
 * Where each document's text comes from, read from its entry in src/content/documents.yaml (the content gate reads
 * it before Astro does), and facts about the source record computed from the file itself, never copied by hand.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const DOCUMENTS_FILE = 'src/content/documents.yaml';

export interface DocumentSource {
  /** The document's id: its key in documents.yaml. */
  document: string;
  /** The captured page, relative to the project: source/000_….txt. */
  file: string;
}

/** Every document's source, as its entry states it; throws, naming the file, when an entry lacks one. */
export function documentSources(root = process.cwd()): DocumentSource[] {
  const entries = (parse(readFileSync(join(root, DOCUMENTS_FILE), 'utf8')) ?? {}) as Record<string, unknown>;
  return Object.entries(entries).map(([document, entry]) => {
    const source = (entry as { source?: { file?: unknown } } | null)?.source;
    if (typeof source?.file !== 'string') throw new Error(`${DOCUMENTS_FILE}: '${document}' needs source.file.`);
    return { document, file: source.file };
  });
}

/** The SHA-256 of a source record, hex. */
export function sourceSha256(file: string, root = process.cwd()): string {
  return createHash('sha256')
    .update(readFileSync(join(root, file)))
    .digest('hex');
}
