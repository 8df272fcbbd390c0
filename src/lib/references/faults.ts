/**
 * Which references between collections name no entry, pure so that it is unit-tested: ./content.ts feeds it every
 * collection. A reference is a { collection, id } object, as the schemas' reference() leaves it in an entry's data.
 */

export type Entry = { id: string; filePath?: string; data: unknown };

/** A field as the author reads it: regions[1], source.url. */
const fieldName = (path: string[]) =>
  path
    .map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))
    .join('')
    .slice(1);

/** Each reference in `value`, with its field path: { collection, id } objects, as reference() leaves them. */
function referencesIn(value: unknown, names: Set<string>, path: string[] = []): [string, string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => referencesIn(v, names, [...path, String(i)]));
  if (!value || typeof value !== 'object' || value instanceof Date) return [];
  const { collection, id } = value as { collection?: unknown; id?: unknown };
  if (typeof collection === 'string' && names.has(collection) && typeof id === 'string')
    return [[fieldName(path), collection, id]];
  return Object.entries(value).flatMap(([k, v]) => referencesIn(v, names, [...path, k]));
}

/** Where an entry's data is written: its own file, or the data file that holds it, by its key. */
function whereIs(collection: string, entry: Entry): string {
  if (!entry.filePath) return `${collection} → ${entry.id}`;
  const own = entry.filePath.replace(/\.[^./]+$/, '').endsWith(`/${entry.id}`);
  return own ? entry.filePath : `${entry.filePath} ('${entry.id}')`;
}

/** Where a collection's entries are written: one data file, or the folder of their files. */
function home(collection: string, entries: Entry[]): string {
  const files = [...new Set(entries.flatMap((e) => (e.filePath ? [e.filePath] : [])))];
  if (files.length === 1) return files[0]!;
  return files.length ? `${files[0]!.replace(/[^/]+$/, '')}` : `the ${collection} collection`;
}

/** Faults for references that name no entry, one per reference, each naming the file and field that holds it. */
export function referenceFaults(all: Record<string, Entry[]>): string[] {
  const names = new Set(Object.keys(all));
  return Object.entries(all).flatMap(([collection, entries]) =>
    entries.flatMap((entry) =>
      referencesIn(entry.data, names).flatMap(([field, target, id]) => {
        const known = all[target]!;
        if (known.some((e) => e.id === id)) return [];
        const file = home(target, known);
        return [
          `${whereIs(collection, entry)}: '${field}' names '${id}', which is not an entry of ${file}. Use one of: ${known.map((e) => e.id).join(', ')}; or, if the id there is wrong, correct it in ${file}.`,
        ];
      }),
    ),
  );
}
