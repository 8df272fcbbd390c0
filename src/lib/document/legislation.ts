/**
 * The schema.org Legislation record (JSON-LD) that /zh/ and /en/ carry for search engines and data users, built
 * from the document model and the interface strings, so that it can never say something the pages do not.
 * Pure, so that it is unit-tested; src/components/LegislationJsonLd.astro feeds it and writes it out.
 *
 * Deliberately absent: a date (the source says only 近日, "recently") and absolute URLs (the site works at any
 * path, so every address here is relative to the page and resolves wherever the page is served).
 */
import { htmlLang, otherLocale, type Locale } from '../../i18n/index.ts';
import type { PassageEntry, PolicyDocument } from './model.ts';
import { reference } from './naming.ts';
import { routes } from '../routes.ts';
import { relativeUrl } from '../urls.ts';

/** What the interface strings say about the whole document, per language. */
export interface DocumentNames {
  title: string;
  issuer: string;
}

type Both<T> = Record<Locale, T>;
type Text = { '@value': string; '@language': string };

/** The genre, as the title itself names it: …工作的意见 / Opinions on …. Checked against the titles below. */
const TYPE: Both<string> = { zh: '意见', en: 'Opinions' };
/** The issuing body's jurisdiction, as the issuer's own name begins: 内蒙古自治区… / Inner Mongolia Autonomous Region…. */
const JURISDICTION: Both<string> = { zh: '内蒙古自治区', en: 'Inner Mongolia Autonomous Region' };
/** Anchor of the Legislation node on each home page, so that the twins can point at each other. */
export const NODE_ID = 'legislation';

const both = (names: Both<string>): Text[] =>
  (['zh', 'en'] as const).map((l) => ({ '@value': names[l], '@language': htmlLang[l] }));

/** Throws, naming the string to fix, when the titles or issuer stop agreeing with the genre or jurisdiction. */
function checkNames(names: Both<DocumentNames>): void {
  if (!names.zh.title.endsWith(TYPE.zh) || !names.en.title.startsWith(TYPE.en))
    throw new Error(
      `src/lib/document/legislation.ts: legislationType (${TYPE.zh} / ${TYPE.en}) no longer matches site.title in src/i18n/locales/*.json; update TYPE.`,
    );
  for (const l of ['zh', 'en'] as const)
    if (!names[l].issuer.startsWith(JURISDICTION[l]))
      throw new Error(
        `src/lib/document/legislation.ts: site.issuer (${l}) no longer begins with "${JURISDICTION[l]}"; update JURISDICTION.`,
      );
}

/** A part or item as a hasPart entry: its anchor id, how readers cite it (三（四） / III (4)), its heading and page. */
function partOf(from: string, entry: PassageEntry, locale: Locale) {
  const { data } = entry;
  const cited = reference(data, locale);
  return {
    '@type': 'Legislation',
    identifier: data.id,
    legislationIdentifier: cited,
    ...(data.heading && { name: data.heading }),
    // A part the source lacks has no page to point at.
    ...(data.source !== 'absent' && { url: relativeUrl(from, routes.passage(locale, data)) }),
  };
}

/** The JSON-LD object for the home page in `locale`. */
export function legislationRecord(locale: Locale, documents: Both<PolicyDocument>, names: Both<DocumentNames>) {
  checkNames(names);
  const from = routes.home(locale);
  const other = otherLocale(locale);
  const document = documents[locale];
  const twin = {
    '@type': 'Legislation',
    '@id': relativeUrl(from, `${routes.home(other)}#${NODE_ID}`),
    name: { '@value': names[other].title, '@language': htmlLang[other] },
    inLanguage: htmlLang[other],
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    // Written as the twin writes it (index.html, which every internal link uses), so both resolve to one address.
    '@id': `index.html#${NODE_ID}`,
    name: both({ zh: names.zh.title, en: names.en.title }),
    legislationType: both(TYPE),
    legislationPassedBy: { '@type': 'Organization', name: both({ zh: names.zh.issuer, en: names.en.issuer }) },
    legislationJurisdiction: { '@type': 'AdministrativeArea', name: both(JURISDICTION) },
    // The site republishes a captured copy, and the English is its own translation: neither is the official text.
    legislationLegalValue: 'https://schema.org/UnofficialLegalValue',
    inLanguage: htmlLang[locale],
    ...(locale === 'en' ? { translationOfWork: twin } : { workTranslation: twin }),
    hasPart: document.parts.map(({ passage, items }) => ({
      ...partOf(from, passage, locale),
      ...(items.length > 0 && { hasPart: items.map((item) => partOf(from, item, locale)) }),
    })),
  };
}

/** The record as text safe inside <script type="application/ld+json">: no "</script>" can end it early. */
export function serializeRecord(record: object): string {
  return JSON.stringify(record).replace(/</g, '\\u003c');
}
