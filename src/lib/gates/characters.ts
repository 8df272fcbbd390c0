/**
 * The one rule for characters in content text, YAML and MDX alike: no control characters but tab and line feed
 * (C0 U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F), and not U+FFFE or U+FFFF, which are no characters at all. Readers
 * cannot see them, search cannot match them, and XML refuses most of them, so one in a revision summary would make
 * the Atom feed malformed. In a file's raw text a carriage return is allowed where it ends a line (CRLF); in a value
 * YAML has read (where "\x01" or "\u0085" escapes become the characters) it is refused like the others.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- the same, with CR allowed before LF
const CONTROL_RAW = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\r(?!\n)/;

/** U+0001, as the author's editor would name it. */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Where the first refused character is in a value (or in raw file text, `raw`), and which one, or undefined. */
export function controlCharacter(text: string, raw = false): { index: number; character: string } | undefined {
  const found = (raw ? CONTROL_RAW : CONTROL).exec(text);
  return found ? { index: found.index, character: found[0] } : undefined;
}

/** Line and column (from 1, in characters) of an index in a text. */
export function place(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export const CONTROL_ADVICE =
  'remove it (it is invisible: retype the words around it, or find it with your editor’s search for control characters)';
