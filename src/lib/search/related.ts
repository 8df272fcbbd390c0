/**
 * Related results: records that hold most of a query in another order or form, for when the query as typed is found
 * in few records. How much of the query a record holds is counted in characters for Chinese and in words otherwise:
 *   - Chinese: each pair of neighbouring characters of the query (劳动力短缺 → 劳动 动力 力短 短缺) that occurs in the
 *     record covers its two characters, so 劳动力短缺 is wholly held by 缺少劳动力…短缺. Pairs, not the words of a
 *     dictionary segmenter (Intl.Segmenter, whose words of the query would be looked for in the same way), because a
 *     segmenter keeps a reader's word it knows whole where the text writes it otherwise (畜牧业 for 农牧业, 消费券 for
 *     消费) and cuts one it does not know into single characters, which say too little to match on. Measured on the
 *     natural query set (tests/fixtures/search-natural.json), Chinese queries with a relevant first result: pairs
 *     31 of 31, the segmenter 27; without the vocabulary, 25 and 18; no false positive either way.
 *   - English: each word, by its stem (resumed → resum).
 *   - A word of the vocabulary (src/content/search-synonyms.yaml) counts as held where any word of its group occurs
 *     (缺工 where the text says 缺少劳动力, labour where it says labor); the words a question adds are not counted.
 * A record is related when it holds at least MIN_SHARE of what is counted, so one shared word of a longer query is
 * never enough, and a query that shares nothing finds nothing.
 */
import { stem, words } from './stemming.ts';
import { occurrences, wordRuns, type Prepared, type Span } from './match.ts';
import type { Term } from './query.ts';
import type { Vocabulary } from './records.ts';

/**
 * More than half: a two-word query needs both words, a three-word query two of them. Measured on the natural set:
 * at 0.5, four negative queries found passages (出口退税 through 出口 as foreign trade, vaccination of workers through
 * workers); at 0.67, two more queries lost their relevant first result; 0.6 had neither.
 */
export const MIN_SHARE = 0.6;

/** Where an expression of the vocabulary occurs: Chinese as a string, other words by stem, in a row. */
function spansOf(entry: Prepared, expression: string): Span[] {
  const list = words(expression).map((w) => stem(w.word));
  return list.length ? wordRuns(entry, list, 'stem') : occurrences(entry, expression);
}

/** The share of the query the record holds (0 to 1), and where. */
export function overlap(
  entry: Prepared,
  terms: Term[],
  { same, ignore }: Vocabulary,
): { share: number; spans: Span[] } {
  let held = 0,
    total = 0;
  const spans: Span[] = [];
  const found = (expression: string) => {
    const at = spansOf(entry, expression);
    spans.push(...at);
    return at.length > 0;
  };
  /** Whether the record holds the expression or any word of its group. */
  const holds = (expression: string, isMember: (member: string) => boolean) =>
    [expression, ...same.filter((group) => group.some(isMember)).flat()].map(found).some(Boolean);
  for (const term of terms) {
    if (term.kind === 'cjk') {
      const run = term.text;
      const skip = Array<boolean>(run.length).fill(false),
        hit = Array<boolean>(run.length).fill(false);
      const each = (piece: string, mark: (at: number) => void) => {
        for (let at = run.indexOf(piece); at >= 0; at = run.indexOf(piece, at + 1)) mark(at);
      };
      for (const word of ignore) each(word, (at) => skip.fill(true, at, at + word.length));
      for (const member of same.flat())
        each(member, (at) => {
          if (holds(member, (m) => m === member)) hit.fill(true, at, at + member.length);
        });
      for (let i = 0; i + 1 < run.length; i++)
        if (!skip[i] && !skip[i + 1] && found(run.slice(i, i + 2))) hit[i] = hit[i + 1] = true;
      for (let i = 0; i < run.length; i++)
        if (!skip[i]) {
          total++;
          if (hit[i]) held++;
        }
    } else
      for (const word of term.kind === 'phrase' ? term.words : [term.text]) {
        if (ignore.includes(word)) continue;
        total++;
        const key = stem(word);
        if (holds(word, (m) => !m.includes(' ') && stem(m) === key)) held++;
      }
  }
  return { share: total ? held / total : 0, spans };
}
