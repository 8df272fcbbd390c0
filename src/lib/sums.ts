/** One line of a SHA256SUMS file, as `sha256sum` writes and reads it ("<64 hex> <space or *><file>"); the one rule. */
export function parseSumsLine(line: string): { hash: string; file: string } | undefined {
  const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
  return match ? { hash: match[1]!, file: match[2]! } : undefined;
}
