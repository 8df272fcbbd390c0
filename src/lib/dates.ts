/**
 * The one rule for days in content: YYYY-MM-DD, a day that exists (2020-02-30 does not), and not after the day the
 * site is built (nothing published today can have been issued or revised tomorrow). The content gate applies it to
 * the raw text of every file (src/lib/gates/content-gate.ts), where YAML has not yet turned an unquoted date into a
 * Date; the schemas apply it to the values Astro reads (src/content.config.ts).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in UTC, YYYY-MM-DD; SOURCE_DATE_EPOCH (seconds) fixes it, for reproducible builds. */
export function buildDay(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

/** Whether a string has the form of a day, right or wrong: what the rule applies to. */
export const looksLikeDay = (text: string): boolean => DAY.test(text);

/** What is wrong with a day, in words for the author, or undefined when it is a real day not after `today`. */
export function dayFault(text: string, today = buildDay()): string | undefined {
  const match = DAY.exec(text);
  if (!match) return `${JSON.stringify(text)} is not a day written YYYY-MM-DD`;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return `${text} is a day that does not exist; write the real date as YYYY-MM-DD`;
  if (text > today) return `${text} is after today (${today}); a date in content is one that has already come`;
  return undefined;
}
