/**
 * from the document model and the document's entry, so that it can never say something the pages do not.
 * from the document model and the interface strings, so that it can never say something the pages do not.
 * Pure, so that it is unit-tested; src/components/LegislationJsonLd.astro feeds it and writes it out.
 *
 * Deliberately absent: a date (the source says only 近日, "recently") and absolute URLs (the site works at any
 * path, so every address here is relative to the page and resolves wherever the page is served).
 */
import { isSource, langOf, locales, othersOf, sourceLocale, type Locale } from '../../i18n/locales.ts';
import type { PassageEntry, PolicyDocument } from './model.ts';
import { reference } from './naming.ts';
import { qualified } from './ids.ts';
import { routes } from '../routes.ts';
import { relativeUrl } from '../urls.ts';

type PerLocale<T> = Record<Locale, T>;
type Text = { '@value': string; '@language': string };

/** What the document's entry (src/content/documents.yaml) says of it, per language. */
export interface DocumentNames {
  /** The document's id, which qualifies every identifier that leaves the site. */
  id: string;
  title: PerLocale<string>;
  issuer: PerLocale<string>;
  genre: PerLocale<string>;
  jurisdiction: PerLocale<string>;
}

/** Anchor of the Legislation node on each home page, so that the twins can point at each other. */
export const NODE_ID = 'legislation';

const every = (names: PerLocale<string>): Text[] =>
  locales.map((l) => ({ '@value': names[l], '@language': langOf(l) }));

/** Throws, naming the entry to fix, when the titles or issuer stop agreeing with the genre or jurisdiction. */
function checkNames(names: DocumentNames): void {
  for (const l of locales) {
    if (!names.title[l].includes(names.genre[l]))
      throw new Error(
        `src/content/documents.yaml: '${names.id}' title (${l}) does not name its genre "${names.genre[l]}"; make them agree.`,
      );
    if (!names.issuer[l].includes(names.jurisdiction[l]))
      throw new Error(
        `src/content/documents.yaml: '${names.id}' issuer (${l}) does not name its jurisdiction "${names.jurisdiction[l]}"; make them agree.`,
      );
  }
}

/** A part or item as a hasPart entry: its anchor id, how readers cite it (三（四） / III (4)), its heading and page. */
function partOf(from: string, entry: PassageEntry, locale: Locale, document: string) {
  const { data } = entry;
  const cited = reference(data, locale);
  return {
    '@type': 'Legislation',
    identifier: qualified(document, data.id),
    legislationIdentifier: cited,
    ...(data.heading && { name: data.heading }),
    // A part the source lacks has no page to point at.
    ...(data.source !== 'absent' && { url: relativeUrl(from, routes.passage(locale, data)) }),
  };
}

/** The home page's twin in another language, as a node this record can point at. */
function twinNode(from: string, names: DocumentNames, other: Locale) {
  return {
    '@type': 'Legislation',
    '@id': relativeUrl(from, `${routes.home(other)}#${NODE_ID}`),
    name: { '@value': names.title[other], '@language': langOf(other) },
    inLanguage: langOf(other),
  };
}

/** The JSON-LD object for the home page in `locale`. */
export function legislationRecord(locale: Locale, documents: PerLocale<PolicyDocument>, names: DocumentNames) {
  checkNames(names);
  const from = routes.home(locale);
  const document = documents[locale];
  const others = othersOf(locale);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    // Written as the twin writes it (index.html, which every internal link uses), so both resolve to one address.
    '@id': `index.html#${NODE_ID}`,
    identifier: names.id,
    name: every(names.title),
    legislationType: every(names.genre),
    legislationPassedBy: { '@type': 'Organization', name: every(names.issuer) },
    legislationJurisdiction: { '@type': 'AdministrativeArea', name: every(names.jurisdiction) },
    // The site republishes a captured copy, and the English is its own translation: neither is the official text.
    legislationLegalValue: 'https://schema.org/UnofficialLegalValue',
    inLanguage: langOf(locale),
    // A translation points at the original; the original at every translation.
    ...(isSource(locale)
      ? { workTranslation: others.map((other) => twinNode(from, names, other)) }
      : { translationOfWork: twinNode(from, names, sourceLocale) }),
    hasPart: document.parts.map(({ passage, items }) => ({
      ...partOf(from, passage, locale, names.id),
      ...(items.length > 0 && { hasPart: items.map((item) => partOf(from, item, locale, names.id)) }),
    })),
  };
}

/** The record as text safe inside <script type="application/ld+json">: no "</script>" can end it early. */
export function serializeRecord(record: object): string {
  return JSON.stringify(record).replace(/</g, '\\u003c');
}
