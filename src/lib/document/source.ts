/**
 * Reads the captured portal page (source/000_dba1a802fa3e88bb.txt) into the document's structure.
 * The capture holds the text twice plus the portal's footer; only the first copy is policy text.
 * Tests use this to prove that the Chinese content is the source, character for character.
 */
import { passageId } from './ids.ts';
import { fromChineseNumber } from './naming.ts';

export interface SourceItem {
  /** The passage id (p3-4), named by ids.ts. */
  id: string;
  part: number;
  item: number;
  label: string;
  heading: string;
  body: string;
}
export interface SourcePart {
  id: string;
  part: number;
  label: string;
  heading: string;
  items: SourceItem[];
}
export interface SourceDocument {
  preamble: string;
  credit: string;
  parts: SourcePart[];
}

const PART = /^([一二三四五六七八九十]+)、(.+)$/;
const ITEM = /^（([一二三四五六七八九十]+)）(.+)$/;

export function parseSource(raw: string): SourceDocument {
  const start = raw.indexOf('近日');
  const creditAt = raw.indexOf('信息来源：', start);
  if (start < 0 || creditAt < 0) throw new Error('source: cannot find the first copy of the text');
  // "已收藏" is the portal's bookmark button that the capture ran into the credit line.
  const firstCopy = raw.slice(start, creditAt).replace(/已收藏\s*$/, '');
  const credit = raw.slice(creditAt + '信息来源：'.length).split(/\s/)[0]!;
  const [preamble, ...segments] = firstCopy.trim().split(/\s+/);
  const parts: SourcePart[] = [];
  for (const segment of segments) {
    const part = PART.exec(segment);
    const item = ITEM.exec(segment);
    if (part) {
      const n = fromChineseNumber(part[1]!);
      parts.push({
        id: passageId({ kind: 'part', part: n }),
        part: n,
        label: `${part[1]}、`,
        heading: part[2]!,
        items: [],
      });
    } else if (item) {
      const current = parts.at(-1);
      if (!current) throw new Error(`source: item before any part: ${segment}`);
      const stop = item[2]!.indexOf('。');
      const n = fromChineseNumber(item[1]!);
      current.items.push({
        id: passageId({ kind: 'item', part: current.part, item: n }),
        part: current.part,
        item: n,
        label: `（${item[1]}）`,
        heading: stop < 0 ? item[2]! : item[2]!.slice(0, stop),
        body: stop < 0 ? '' : item[2]!.slice(stop + 1),
      });
    } else {
      throw new Error(`source: unrecognised segment: ${segment.slice(0, 40)}`);
    }
  }
  return { preamble: preamble!, credit, parts };
}
