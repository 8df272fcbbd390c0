/**
 * The revision log's rules, pure so that they are unit-tested: each revision's file name starts with its date, the
 * log reads newest first, the passages a revision touched are derived from its records, and a passage's latest
 * revision is found. src/lib/changes/content.ts feeds it the collection; ./records.ts holds the records to the text.
 */
import type { Locale } from '../../i18n/locales.ts';
import { isPassageId, parseSentenceId } from '../document/ids.ts';
import type { UnitRecord } from './records.ts';

export interface Change {
  /** The file's name without .yaml: 2026-11-28-second-review. */
  id: string;
  filePath: string;
  date: string;
  time: string;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  records: UnitRecord[];
}

/** The revision's anchor on the changes page; an HTML id starts with a letter, the file name with its date. */
export const anchorOf = (change: Pick<Change, 'id'>): string => `revision-${change.id}`;

/** When the revision was made, as an RFC 3339 instant (the feed's <updated>). */
export const instant = (change: Pick<Change, 'date' | 'time'>): string => `${change.date}T${change.time}:00Z`;

/** Newest first; revisions of the same minute by file name, so the order never depends on the file system. */
export function newestFirst<T extends Change>(changes: T[]): T[] {
  return [...changes].sort((a, b) => instant(b).localeCompare(instant(a)) || b.id.localeCompare(a.id));
}

/** The passage a recorded unit belongs to: 'title', or the passage of a heading or sentence. */
export function passageOfUnit(unit: string): string {
  if (unit === 'title' || isPassageId(unit)) return unit;
  return parseSentenceId(unit)!.passage;
}

/** The passages a revision touched, in the order its records name them. */
export const passagesOf = (change: Pick<Change, 'records'>): string[] => [
  ...new Set(change.records.map((r) => passageOfUnit(r.unit))),
];

/** Throws, naming the file, when a revision's name and date disagree or it records one unit twice. */
export function checkChanges(changes: Change[]): void {
  for (const change of changes) {
    if (!change.id.startsWith(`${change.date}-`))
      throw new Error(
        `${change.filePath}: the file name must start with its date, ${change.date}-, e.g. ${change.date}-glossary.yaml.`,
      );
    const keys = change.records.map((r) => `${r.in}/${r.unit}`);
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice) throw new Error(`${change.filePath}: 'records' records ${twice} twice; one record per unit.`);
  }
}

/** The latest revision that touched any of the passages in language `locale`, if any has. */
export function latestRevision<T extends Change>(changes: T[], ids: string[], locale?: Locale): T | undefined {
  return newestFirst(changes).find((change) =>
    change.records.some(
      (r) => (!locale || r.in === locale) && r.was !== undefined && ids.includes(passageOfUnit(r.unit)),
    ),
  );
}
