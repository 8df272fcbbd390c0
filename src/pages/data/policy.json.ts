/**
 * /data/policy.json: the whole document in every language as data, built from the same collections
 * as the pages. The README documents every field. URLs in it are relative to this file.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { byLocale, isSource, langOf, sourceLocale, type Locale } from '../../i18n/locales.ts';
import { loadDocuments, loadIdentity, type PolicyEntry } from '../../lib/document/content.ts';
import type { PassageEntry } from '../../lib/document/model.ts';
import { loadGlossary } from '../../lib/glossary/content.ts';
import { itemParagraphs, plainText } from '../../lib/document/text.ts';
import { sourceSha256 } from '../../lib/document/provenance.ts';
import { parseSource } from '../../lib/document/source.ts';
import { routes } from '../../lib/routes.ts';
import { relativeUrl } from '../../lib/urls.ts';

const PATH = routes.data;
/** One passage in every language. */
type Twins = Record<Locale, PassageEntry<PolicyEntry>>;

function passage(twins: Twins) {
  const { data } = twins[sourceLocale];
  const body = (e: PassageEntry<PolicyEntry>) =>
    data.source === 'full' ? itemParagraphs(e.body.body ?? '', e.filePath).join('\n\n') : null;
  return {
    id: data.id,
    part: data.part,
    ...(data.item !== undefined && { item: data.item }),
    source: data.source,
    label: byLocale((l) => twins[l].data.label || null),
    heading: byLocale((l) => twins[l].data.heading ?? null),
    ...(data.kind === 'item' && { body: byLocale((l) => body(twins[l])) }),
    // A part the source lacks has no page.
    url: data.source === 'absent' ? null : byLocale((l) => relativeUrl(PATH, routes.passage(l, data))),
  };
}

export const GET: APIRoute = async () => {
  const documents = await loadDocuments();
  const identity = await loadIdentity();
  const original = documents[sourceLocale];
  const glossary = await loadGlossary();
  const document = {
    $schema: 'policy.schema.json', // public/data/policy.schema.json, beside this file
    schema: 'policy.json/1',
    id: identity.id,
    title: identity.title,
    issuer: identity.issuer,
    languages: byLocale((l) => ({
      tag: langOf(l),
      status: isSource(l) ? 'original: verbatim from the source; it prevails' : 'unofficial translation by this site',
    })),
    source: {
      file: identity.source.file,
      sha256: sourceSha256(identity.source.file),
      credit: parseSource(readFileSync(identity.source.file, 'utf8')).credit,
    },
    preamble: byLocale((l) => plainText(documents[l].preamble.body.body ?? '')),
    parts: original.parts.map((part, p) => ({
      ...passage(byLocale((l) => documents[l].parts[p]!.passage)),
      items: part.items.map((i) => i.data.id),
    })),
    items: original.parts.flatMap((part, p) =>
      part.items.map((_, i) => passage(byLocale((l) => documents[l].parts[p]!.items[i]!))),
    ),
    glossary: glossary.map((e) => ({
      id: e.id,
      kind: e.kind,
      term: e.rendering,
      forms: e.forms,
      variants: e.variants,
      note: e.note,
      items: e.items,
      url: byLocale((l) => relativeUrl(PATH, routes.glossary(l, e.id))),
    })),
  };
  return new Response(JSON.stringify(document, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
