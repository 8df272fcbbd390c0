/**
 * The build's proof that a file it writes is what its schema says: an endpoint passes its data (or, for XML, the
 * tree ./xml.ts reads back from the text it wrote) through this before returning it, so a file that breaks its
 * schema stops the build, naming the file and every fault, instead of being published. Takes any zod schema; a
 * data file's own schema (policy.json's) can be passed as it is.
 */
import type { z } from 'astro/zod';

/** Each issue as "field.path: message", for a person to read. */
export function issuesOf(error: z.ZodError): string[] {
  const where = (path: PropertyKey[]) =>
    path
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
      .join('')
      .replace(/^\./, '');
  return error.issues.map((issue) => `${where(issue.path) || '(the whole)'}: ${issue.message}`);
}

/** `data`, checked against `schema` (and as the schema outputs it); throws, naming `file`, when it does not match. */
export function assertValid<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(
    `${file}: the build wrote a file that does not match its schema, so it stops rather than publish it:\n  ${issuesOf(result.error).join('\n  ')}`,
  );
}
