/**
 * The items of a part that the source gives only as headings, as the part's one note names them:
 * runs of consecutive items become ranges, （一）至（三）、（五）至（十一） / (1)–(3) and (5)–(11).
 */
import type { Locale } from '../../i18n/locales.ts';
import { list, range } from './naming.ts';
import type { PassageData } from './model.ts';

type Item = Pick<PassageData, 'item' | 'label' | 'source'>;

/** Consecutive heading-only items grouped into runs, in order. */
export function headingOnlyRuns(items: Item[]): Item[][] {
  const runs: Item[][] = [];
  let previous: number | undefined;
  for (const item of items) {
    if (item.source !== 'heading-only') continue;
    const run = runs.at(-1);
    if (run && previous !== undefined && item.item === previous + 1) run.push(item);
    else runs.push([item]);
    previous = item.item;
  }
  return runs;
}

/** The runs as the note reads them in each language. */
export function headingOnlyList(items: Item[], locale: Locale): string {
  const ranges = headingOnlyRuns(items).map((run) => {
    const [first, last] = [run[0]!.label ?? '', run.at(-1)!.label ?? ''];
    return run.length === 1 ? first : range(first, last, locale);
  });
  return list(ranges, locale);
}
