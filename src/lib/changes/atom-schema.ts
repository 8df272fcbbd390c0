/**
 * What RFC 4287 requires of an Atom feed, as a schema over the feed the build wrote, read back by a conformant XML
 * parser (../data/xml.ts): the feed endpoint checks its own output with it (checkedAtom), so a feed that would be
 * malformed or incomplete stops the build instead of being published. Elements of other namespaces are extensions
 * (§6) and pass; an element of the Atom namespace that the RFC does not define for its place is refused.
 */
import { z } from 'astro/zod';
import { assertValid } from '../data/assert-valid.ts';
import { readXml, type XmlElement } from '../data/xml.ts';
import { dayFault } from '../dates.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

/** An element as the schema sees it: its attributes, its own text, and its Atom children grouped by name. */
interface Grouped {
  $ns: string;
  $attributes: Record<string, string>;
  $text: string;
  [child: string]: unknown;
}
function grouped(element: XmlElement): Grouped {
  const out: Grouped = { $ns: element.ns, $attributes: element.attributes, $text: element.text.trim() };
  for (const child of element.children)
    if (child.ns === ATOM) ((out[child.name] ??= []) as Grouped[]).push(grouped(child));
  return out;
}

/** §3.3: a date-time as RFC 3339 writes it (upper-case T and Z), on a day that exists. */
const DATE_TIME = /^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const dateTime = (v: string) => DATE_TIME.test(v) && !dayFault(v.slice(0, 10), '9999-12-31');

const element = <A extends z.ZodRawShape, C extends z.ZodRawShape>(attributes: A, children: C, text = z.string()) =>
  z.object({ $ns: z.literal(ATOM), $attributes: z.object(attributes).loose(), $text: text, ...children }).strict();
const missing = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required, and missing' : undefined),
};
const once = <T extends z.ZodType>(schema: T) => z.array(schema, missing).length(1, 'required exactly once');
const atMostOnce = <T extends z.ZodType>(schema: T) => z.array(schema).max(1, 'allowed at most once').optional();

/** §3.1: a Text construct (only plain text is written here, and it has words). */
const text = element({ type: z.enum(['text', 'html']).optional() }, {}, z.string().min(1, 'must not be empty'));
/** §4.2.6: an absolute IRI, which never changes. */
const id = element(
  {},
  {},
  z.string().refine((v) => URL.canParse(v), 'must be an absolute IRI'),
);
const date = element({}, {}, z.string().refine(dateTime, 'must be an RFC 3339 date-time'));
/** §3.2: a Person construct. */
const person = element({}, { name: once(element({}, {})), uri: atMostOnce(id), email: atMostOnce(element({}, {})) });
/** §4.2.7: a link, whose href is an IRI reference (relative ones allowed). */
const link = element(
  {
    href: z.string().min(1, 'href is required'),
    rel: z.string().optional(),
    type: z.string().optional(),
    hreflang: z.string().optional(),
  },
  {},
);
type Link = z.infer<typeof link>;

/** §4.1.1: at most one alternate link per type and language. */
const oneAlternateEach = (links: Link[] = []) => {
  const keys = links
    .filter((l) => (l.$attributes.rel ?? 'alternate') === 'alternate')
    .map((l) => `${l.$attributes.type}|${l.$attributes.hreflang}`);
  return new Set(keys).size === keys.length;
};

const common = {
  id: once(id),
  title: once(text),
  updated: once(date),
  author: z.array(person).optional(),
  contributor: z.array(person).optional(),
  link: z.array(link).optional(),
  category: z.array(element({ term: z.string().min(1) }, {})).optional(),
  rights: atMostOnce(text),
};

/** §4.1.2 */
const entry = element(
  {},
  { ...common, summary: atMostOnce(text), content: atMostOnce(element({}, {})), published: atMostOnce(date) },
)
  .refine((e) => e.content || e.link?.some((l) => (l.$attributes.rel ?? 'alternate') === 'alternate'), {
    message: 'an entry without content needs an alternate link (§4.1.1)',
  })
  .refine((e) => oneAlternateEach(e.link), { message: 'two alternate links with the same type and hreflang' });

/** §4.1.1 */
const feed = element(
  {},
  {
    ...common,
    subtitle: atMostOnce(text),
    generator: atMostOnce(element({}, {})),
    icon: atMostOnce(element({}, {})),
    logo: atMostOnce(element({}, {})),
    entry: z.array(entry).optional(),
  },
)
  .refine((f) => f.author?.length || f.entry?.every((e) => e.author?.length), {
    message: 'the feed needs an author, unless every entry has one (§4.1.1)',
  })
  .refine((f) => oneAlternateEach(f.link), { message: 'two alternate links with the same type and hreflang' })
  .refine((f) => new Set(f.entry?.map((e) => e.id[0]!.$text)).size === (f.entry?.length ?? 0), {
    message: 'two entries share an atom:id',
  });

/** An Atom document: one feed element in the Atom namespace. */
export const atomSchema = z.object({ feed: once(feed) }).strict();

/** The feed's XML as written, once it is proved well-formed and a valid Atom feed; throws naming `file` otherwise. */
export function checkedAtom(xml: string, file: string): string {
  let root: XmlElement;
  try {
    root = readXml(xml);
  } catch (error) {
    throw new Error(
      `${file}: ${(error as Error).message}. Its words come from src/content/changes/ and src/i18n/strings/; the XML is written by src/lib/changes/atom.ts.`,
      { cause: error },
    );
  }
  assertValid(atomSchema, { [root.name]: [grouped(root)] }, file);
  return xml;
}
