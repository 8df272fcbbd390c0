/**
 * /data/policy.json: the whole document in every language as data, built from the same collections as the pages,
 * sentence by sentence, and checked against its own schema (src/lib/document/policy-data.ts) before it is written.
 * URLs in it are relative to this file.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { byLocale, isSource, langOf, sourceLocale, translations, type Locale } from '../../i18n/locales.ts';
import { loadDocuments, loadIdentity, type PolicyEntry } from '../../lib/document/content.ts';
import { sentenceId } from '../../lib/document/ids.ts';
import { textUnits, type PassageEntry } from '../../lib/document/model.ts';
import { FORMAT, policyData } from '../../lib/document/policy-data.ts';
import { sourceSha256 } from '../../lib/document/provenance.ts';
import { parseSource } from '../../lib/document/source.ts';
import { plainText } from '../../lib/document/text.ts';
import { loadGlossary } from '../../lib/glossary/content.ts';
import { routes } from '../../lib/routes.ts';
import { relativeUrl } from '../../lib/urls.ts';

const PATH = routes.data;
/** One passage in every language. */
type Twins = Record<Locale, PassageEntry<PolicyEntry>>;

/** The passage's sentences (units), each in every language, with whom it addresses. */
function sentences(twins: Twins) {
  const original = twins[sourceLocale];
  const units = byLocale((l) => textUnits(twins[l]));
  return units[sourceLocale].map((unit) => {
    const stated = original.data.addressees.get(unit.covers[0]!) ?? 'others';
    return {
      id: unit.id,
      covers: unit.covers,
      text: byLocale((l) =>
        units[l]
          .find((u) => u.id === unit.id)!
          .sentences.map((s) => s.text)
          .join(' '),
      ),
      addressee:
        typeof stated === 'string'
          ? { kind: stated, regions: [], open: false }
          : { kind: 'named' as const, regions: stated.named, open: stated.open ?? false },
    };
  });
}

/** The translator's notes of every translation of a passage. */
function notes(twins: Twins) {
  return translations.flatMap((l) =>
    twins[l].text.notes.map((n) => ({
      in: langOf(l),
      sentence: n.sentence === undefined ? null : sentenceId(twins[l].data.id, n.sentence),
      at: n.at ?? null,
      text: n.text,
    })),
  );
}

function part(twins: Twins, items: string[]) {
  const { data } = twins[sourceLocale];
  const common = { id: data.id, part: data.part, label: byLocale((l) => twins[l].data.label), items };
  // A part the source lacks has no heading and no page.
  if (data.source === 'absent') return { ...common, source: data.source, heading: null, url: null };
  return {
    ...common,
    source: data.source,
    heading: byLocale((l) => twins[l].data.heading!),
    url: byLocale((l) => relativeUrl(PATH, routes.passage(l, data))),
  };
}

function item(twins: Twins) {
  const { data } = twins[sourceLocale];
  const common = {
    id: data.id,
    part: data.part,
    item: data.item!,
    label: byLocale((l) => twins[l].data.label),
    heading: byLocale((l) => twins[l].data.heading!),
    notes: notes(twins),
    url: byLocale((l) => relativeUrl(PATH, routes.passage(l, data))),
  };
  if (data.source !== 'full') return { ...common, source: 'heading-only' as const, body: null, sentences: [] };
  return {
    ...common,
    source: data.source,
    body: byLocale((l) => plainText(twins[l].text.paragraphs)),
    sentences: sentences(twins),
  };
}

export const GET: APIRoute = async () => {
  const documents = await loadDocuments();
  const identity = await loadIdentity();
  const original = documents[sourceLocale];
  const glossary = await loadGlossary();
  const twinsOf = (pick: (d: (typeof documents)[Locale]) => PassageEntry<PolicyEntry>): Twins =>
    byLocale((l) => pick(documents[l]));
  const preamble = twinsOf((d) => d.preamble);
  const data = policyData.parse({
    $schema: 'policy.schema.json', // the schema's JSON form, beside this file (policy.schema.json.ts)
    schema: FORMAT,
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
    preamble: {
      text: byLocale((l) => plainText(preamble[l].text.paragraphs)),
      sentences: sentences(preamble),
      notes: notes(preamble),
    },
    parts: original.parts.map((p, i) =>
      part(
        twinsOf((d) => d.parts[i]!.passage),
        p.items.map((it) => it.data.id),
      ),
    ),
    items: original.parts.flatMap((p, i) => p.items.map((_, k) => item(twinsOf((d) => d.parts[i]!.items[k]!)))),
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
  });
  return new Response(JSON.stringify(data, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
