/**
 * A reader's query as terms that must all match (AND): "复工 专班" is two terms; "work resumption"
 * two words; a quoted "task force" one phrase. Mixed scripts split by script: 复工plan → 复工, plan.
 * Anything else (punctuation, emoji, markup) is not a term, so `<img src=x>` searches for img, src, x.
 */
import { cjkRuns, fold } from './cjk.ts';
import { stem, words } from './stemming.ts';

export type Term =
  | { kind: 'cjk'; text: string }
  | { kind: 'word'; text: string; stem: string }
  | { kind: 'phrase'; text: string; words: string[] };

/** Beyond this a query is cut: no reader types more, and every term costs a pass over the records. */
export const MAX_QUERY = 256;
const MAX_TERMS = 16;

const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g;

export function parseQuery(raw: string): Term[] {
  const query = fold(String(raw ?? '').slice(0, MAX_QUERY));
  const terms: Term[] = [];
  const add = (term: Term) => {
    if (!terms.some((t) => t.kind === term.kind && t.text === term.text)) terms.push(term);
  };
  const plain = query.replace(QUOTED, (_all, ...groups: (string | undefined)[]) => {
    const phrase = groups.slice(0, 4).find((g) => g !== undefined) ?? '';
    for (const run of cjkRuns(phrase)) add({ kind: 'cjk', text: run });
    const list = words(phrase).map((w) => w.word);
    if (list.length > 1) add({ kind: 'phrase', text: list.join(' '), words: list });
    else if (list.length === 1) add({ kind: 'word', text: list[0]!, stem: stem(list[0]!) });
    return ' ';
  });
  for (const run of cjkRuns(plain)) add({ kind: 'cjk', text: run });
  for (const { word } of words(plain)) add({ kind: 'word', text: word, stem: stem(word) });
  return terms.slice(0, MAX_TERMS);
}
