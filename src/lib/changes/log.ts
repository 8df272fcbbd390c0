/**
 * The revision log's rules, pure so that they are unit-tested: each revision's passages exist, its file name
 * starts with its date, the log reads newest first, and a passage's latest revision is found.
 * src/lib/changes/content.ts feeds it the collection.
 */

export interface Change {
  /** The file's name without .yaml: 2026-11-28-second-review. */
  id: string;
  filePath: string;
  date: string;
  time: string;
  /** Passage ids: 'title', 'preamble', 'p3', 'p4-3'. */
  items: string[];
  summary: { zh: string; en: string };
}

/** The revision's anchor on the changes page; an HTML id starts with a letter, the file name with its date. */
export const anchorOf = (change: Pick<Change, 'id'>): string => `revision-${change.id}`;

/** When the revision was made, as an RFC 3339 instant (the feed's <updated>). */
export const instant = (change: Pick<Change, 'date' | 'time'>): string => `${change.date}T${change.time}:00Z`;

/** Newest first; revisions of the same minute by file name, so the order never depends on the file system. */
export function newestFirst<T extends Change>(changes: T[]): T[] {
  return [...changes].sort((a, b) => instant(b).localeCompare(instant(a)) || b.id.localeCompare(a.id));
}

/** Throws, naming the file, when a revision names a passage the document lacks or its name and date disagree. */
export function checkChanges(changes: Change[], passageIds: Set<string>): void {
  for (const change of changes) {
    if (!change.id.startsWith(`${change.date}-`))
      throw new Error(
        `${change.filePath}: the file name must start with its date, ${change.date}-, e.g. ${change.date}-glossary.yaml.`,
      );
    const unknown = change.items.filter((id) => !passageIds.has(id));
    if (unknown.length)
      throw new Error(
        `${change.filePath}: 'items' names ${unknown.join(', ')}, which the document does not have; use 'title', 'preamble' or the id of a part or item (p3, p4-3).`,
      );
    if (new Set(change.items).size !== change.items.length)
      throw new Error(`${change.filePath}: 'items' names a passage twice.`);
  }
}

/** The latest revision that touched any of the passages, if any has. */
export function latestRevision<T extends Change>(changes: T[], ids: string[]): T | undefined {
  return newestFirst(changes).find((change) => change.items.some((id) => ids.includes(id)));
}
