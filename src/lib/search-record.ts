/** What the search index holds: one record per thing a reader can land on. Pure, shared with the browser. */

/** policy: the policy's own text; region and glossary pages join as their features land. */
export type SearchKind = 'policy' | 'region' | 'glossary';

export interface SearchRecord {
  /** The anchor id on the target page (p3-4), unique within a language's index. */
  id: string;
  kind: SearchKind;
  /** The policy part the record belongs to (3 for 三（四）); absent for records outside the policy. */
  part?: number;
  /** 三（四） / III (4): how the reader names it. */
  label: string;
  heading: string;
  /** The text as published, unchanged: excerpts are cut from it. */
  text: string;
  /** Site path with anchor: /zh/p3/#p3-4. */
  path: string;
}

/** The file each language's index is written to, as a site path. */
export function searchIndexPath(locale: string): string {
  return `/${locale}/search/records.json`;
}
