/**
 * The gate's reading of YAML (data files and MDX front matter): every text value with its field and line, checked
 * against the rules for characters (./characters.ts) and days (../dates.ts). It reads the values after YAML's own
 * reading, so an escape ("\x01") or an unquoted date is judged as the build will see it.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { CONTROL_ADVICE, codePoint, controlCharacter } from './characters.ts';
import { dayFault, looksLikeDay } from '../dates.ts';

/**
 * What YAML 1.1 (the reader Astro's loaders use) takes for a timestamp when it is not quoted: a day, or a day and a
 * time. Such a value becomes a moment in UTC, so "2020-03-01T01:00+08:00" would be published as 29 February.
 */
const TIMESTAMP =
  /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

export interface YamlData {
  data: Record<string, unknown>;
  faults: string[];
}

/** A value's faults: refused characters, a date that is not a real past day written YYYY-MM-DD. */
function valueFaults(value: string, plain: boolean): string[] {
  const found = controlCharacter(value);
  const faults = found
    ? [`holds the control character ${codePoint(found.character)} at character ${found.index + 1}; ${CONTROL_ADVICE}`]
    : [];
  if (looksLikeDay(value)) {
    const fault = dayFault(value);
    if (fault) faults.push(fault);
  } else if (plain && TIMESTAMP.test(value))
    faults.push(
      `${value} is read as a date and time in UTC; write the day only, YYYY-MM-DD (the day must not shift with the time zone)`,
    );
  return faults;
}

/** Parses YAML that starts at `firstLine` of `file`; its data and every fault, each naming the file, line and field. */
export function readYaml(file: string, text: string, firstLine = 1): YamlData {
  const lines = new LineCounter();
  const document = parseDocument(text, { uniqueKeys: true, lineCounter: lines, prettyErrors: false });
  const at = (offset: number) => `${file}:${lines.linePos(offset).line + firstLine - 1}`;
  if (document.errors.length) {
    const [error] = document.errors;
    return {
      data: {},
      faults: [`${at(error!.pos[0])}: not valid YAML: ${error!.message.split('\n')[0]}. Correct the syntax.`],
    };
  }
  const faults: string[] = [];
  const walk = (node: Node | null | undefined, path: string[]) => {
    if (isMap(node))
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.key as Node, [...path, `(the name of ${JSON.stringify(key)})`]);
        walk(pair.value as Node, [...path, key]);
      }
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item as Node, [...path, String(i)]));
    else if (isScalar(node) && typeof node.value === 'string')
      for (const fault of valueFaults(node.value, node.type === 'PLAIN'))
        faults.push(`${at(node.range?.[0] ?? 0)}: '${path.join('.')}': ${fault}.`);
  };
  walk(document.contents as Node, []);
  return { data: (document.toJS() ?? {}) as Record<string, unknown>, faults };
}
