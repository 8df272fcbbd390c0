/**
 * Where a file stops being UTF-8, so that the build can say "byte 1234 (line 5, column 7)" rather than show
 * replacement characters on a page. Follows the Unicode definition of well-formed UTF-8 (Table 3-7): no overlong
 * forms, no surrogates, nothing above U+10FFFF.
 */

/** Byte offset of the first byte that is not part of well-formed UTF-8, or -1 when the whole is well-formed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // [length, lowest and highest allowed second byte] by lead byte; continuation bytes after that are 80..BF.
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf
        ? [2, 0x80, 0xbf]
        : b === 0xe0
          ? [3, 0xa0, 0xbf]
          : b === 0xed
            ? [3, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [3, 0x80, 0xbf]
              : b === 0xf0
                ? [4, 0x90, 0xbf]
                : b === 0xf4
                  ? [4, 0x80, 0x8f]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (length === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return second === undefined ? i : i + 1;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (next < 0x80 || next > 0xbf) return i + k;
    }
    i += length;
  }
  return -1;
}

/** Line and column (both from 1, columns counted in bytes) of a byte offset. */
export function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}
