/**
 * Every change to a translation is recorded, by construction. The revision log holds, for every translated unit (the
 * document's title, each heading, each sentence), a chain of records: first publication, then each revision's
 * wording before and after. The build holds the chain to the text: each record starts from the wording the record
 * before it left, and a unit's latest record is its current wording. An edit without a record stops the build,
 * naming the unit and saying how to record it (every unit never recorded at once, each as a record ready to paste). Pure, so that it is unit-tested.
 */
import type { Locale } from '../../i18n/locales.ts';

export interface UnitRecord {
  unit: string;
  in: Locale;
  was?: string;
  now: string;
  why?: Record<Locale, string>;
}

/** A translated unit as it reads today: its text, the file that holds it, and its name for messages. */
export interface CurrentUnit {
  text: string;
  file: string;
  name: string;
}

/** A revision as the check needs it: where it is, when it was made (sortable), and its records. */
export interface RecordedRevision {
  filePath: string;
  instant: string;
  records: UnitRecord[];
}

const quote = (text: string) => `“${text.length > 90 ? `${text.slice(0, 87)}…` : text}”`;

/** Throws, naming the file and what to do, when the records and the text disagree. `current` is by locale, then unit. */
export function checkRecords(revisions: RecordedRevision[], current: Map<Locale, Map<string, CurrentUnit>>): void {
  const chains = new Map<string, { record: UnitRecord; filePath: string }[]>();
  const oldestFirst = [...revisions].sort((a, b) => a.instant.localeCompare(b.instant));
  for (const revision of oldestFirst) {
    for (const record of revision.records) {
      const units = current.get(record.in);
      if (!units?.has(record.unit))
        throw new Error(
          `${revision.filePath}: a record names '${record.unit}' in '${record.in}', which that translation does not have; use 'title', a passage id (its heading) or a sentence id such as p4-3-2.`,
        );
      const key = `${record.in}/${record.unit}`;
      const chain = chains.get(key) ?? [];
      const before = chain.at(-1);
      if (!before && record.was !== undefined)
        throw new Error(
          `${revision.filePath}: the record of '${record.unit}' (${record.in}) has 'was', but no earlier revision records that unit; the first record of a unit has only 'now'.`,
        );
      if (before && record.was !== before.record.now)
        throw new Error(
          `${revision.filePath}: the record of '${record.unit}' (${record.in}) says it was ${quote(record.was ?? '(nothing)')}, but the revision before it (${before.filePath}) left it as ${quote(before.record.now)}; 'was' must be the wording the last record left.`,
        );
      chain.push({ record, filePath: revision.filePath });
      chains.set(key, chain);
    }
  }
  const missing: { locale: Locale; unit: string; at: CurrentUnit }[] = [];
  for (const [locale, units] of current) {
    for (const [unit, at] of units) {
      const last = chains.get(`${locale}/${unit}`)?.at(-1);
      if (!last) missing.push({ locale, unit, at });
      else if (last.record.now !== at.text)
        throw new Error(
          `${at.file}: ${at.name} (${unit}) reads ${quote(at.text)}, but the revision log last recorded it as ${quote(last.record.now)} (${last.filePath}). Record the change: add a revision file to src/content/changes/ (docs/CONTENT.md, “Revising a translation”) with a record { unit: ${unit}, in: ${locale}, was: <the last recorded wording>, now: <the wording in the file>, why: … }.`,
        );
    }
  }
  if (missing.length > 0) throw new Error(unrecorded(missing, oldestFirst));
}

/**
 * Every unit the log never recorded, in one message: a ready-to-paste record of each (its first record has only
 * 'now'; a JSON string is a YAML double-quoted scalar), and the file to paste them into: the language's first
 * revision, where the units were there from the start, or a first-publication file of its own for a new language.
 */
function unrecorded(missing: { locale: Locale; unit: string; at: CurrentUnit }[], oldestFirst: RecordedRevision[]) {
  const locales = [...new Set(missing.map((m) => m.locale))];
  const parts = locales.map((locale) => {
    const first = oldestFirst.find((r) => r.records.some((record) => record.in === locale))?.filePath;
    const where = first
      ? `add these to the 'records' of ${first} if they were there at first publication, or of a new revision file in src/content/changes/ (docs/CONTENT.md, “Revising a translation”) if they were added since`
      : `add a first-publication revision, src/content/changes/{YYYY-MM-DD}-first-publication-${locale}.yaml (docs/CONTENT.md, “Revising a translation”), with these under 'records'`;
    const blocks = missing
      .filter((m) => m.locale === locale)
      .map(
        ({ unit, at }) =>
          `  # ${at.file}: ${at.name}\n  - unit: ${unit}\n    in: ${locale}\n    now: ${JSON.stringify(at.text)}`,
      );
    return `In '${locale}', ${blocks.length} unit(s) have no record in the revision log; ${where}:\n${blocks.join('\n')}`;
  });
  return parts.join('\n\n');
}
