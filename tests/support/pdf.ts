/**
 * A page as Chromium prints it to A4 (page.pdf, the same engine as the browser's "Save as PDF"), read back with
 * pdftotext from Debian's poppler-utils (.ci/run installs it): for each sheet, how full it is and its last line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';

/** The sheet's margins that site.css sets (@page { margin: 18mm 16mm }), in PDF points. */
const MARGIN_BLOCK = (18 / 25.4) * 72;

export interface Sheet {
  /** How far down the printable area the last line reaches, 0 to 1. */
  fill: number;
  /** The sheet's words in reading order, without spaces (pdftotext's order: by column, then by line). */
  text: string;
  /** The last line's words, grouped by column (two where text stands side by side), each without spaces. */
  lastLine: string[];
  /** What is printed in the bottom margin (the sheet's number), without spaces. */
  folio: string;
  /** What is printed in the top margin (the running title), without spaces. */
  head: string;
}

/** Text as compared here: letters only as written (ligatures undone), no white space. */
export const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

/** Prints the page (already loaded) to A4 and reads each sheet back. */
export async function printedSheets(page: Page): Promise<Sheet[]> {
  const which = await promisify(execFile)('pdftotext', ['-v']).catch((error) => error);
  expect(which.code ?? 0, 'pdftotext is not installed: apt-get install -y poppler-utils (.ci/run does this)').toBe(0);
  const folder = mkdtempSync(join(tmpdir(), 'policy-print-'));
  try {
    const file = join(folder, 'page.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const { stdout } = await promisify(execFile)('pdftotext', ['-bbox', file, '-'], { maxBuffer: 1 << 26 });
    return stdout
      .split('<page ')
      .slice(1)
      .map((sheet) => {
        const height = Number(/height="([\d.]+)"/.exec(sheet)![1]);
        let words = [
          ...sheet.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
        ].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: decode(m[5]!) }));
        // The sheet's number stands in its bottom margin, below the text; the running title in its top margin.
        const margin = (inside: (w: (typeof words)[number]) => boolean) =>
          squeeze(
            words
              .filter(inside)
              .map((w) => w.text)
              .join(''),
          );
        const folio = margin((w) => w.y0 > height - MARGIN_BLOCK);
        const head = margin((w) => w.y1 < MARGIN_BLOCK);
        words = words.filter((w) => w.y0 <= height - MARGIN_BLOCK && w.y1 >= MARGIN_BLOCK);
        const bottom = Math.max(...words.map((w) => w.y1));
        // The last line: the words whose line overlaps the lowest word's, left to right, cut where a wide gap
        // separates two columns.
        const lowest = words.filter((w) => w.y1 > bottom - (w.y1 - w.y0) / 2).sort((a, b) => a.x0 - b.x0);
        const lastLine: string[] = [];
        let previous: (typeof lowest)[number] | undefined;
        for (const word of lowest) {
          if (!previous || word.x0 - previous.x1 > 24) lastLine.push('');
          lastLine[lastLine.length - 1] += squeeze(word.text);
          previous = word;
        }
        return {
          fill: (bottom - MARGIN_BLOCK) / (height - 2 * MARGIN_BLOCK),
          text: squeeze(words.map((w) => w.text).join('')),
          lastLine,
          folio,
          head,
        };
      });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
