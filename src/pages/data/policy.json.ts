/**
 * /data/policy.json: the whole document in both languages as data, built from the same collections
 * as the pages. The README documents every field. URLs in it are relative to this file.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { translator, type Locale } from '../../i18n/index.ts';
import { loadDocument, type PolicyEntry } from '../../lib/document/content.ts';
import type { PassageEntry } from '../../lib/document/model.ts';
import { loadGlossary } from '../../lib/glossary/content.ts';
import { itemParagraphs, plainText } from '../../lib/document/text.ts';
import { SOURCE_FILE, sourceSha256 } from '../../lib/document/provenance.ts';
import { parseSource } from '../../lib/document/source.ts';
import { routes } from '../../lib/routes.ts';
import { relativeUrl } from '../../lib/urls.ts';

const PATH = routes.data;
type Pair = PassageEntry<PolicyEntry>[];
const both = <T>(f: (locale: Locale) => T) => ({ zh: f('zh'), en: f('en') });

function passage([zh, en]: Pair) {
  const { data } = zh!;
  const body = (e: PassageEntry<PolicyEntry>) =>
    data.source === 'full' ? itemParagraphs(e.body.body ?? '', e.filePath).join('\n\n') : null;
  return {
    id: data.id,
    part: data.part,
    ...(data.item !== undefined && { item: data.item }),
    source: data.source,
    label: { zh: zh!.data.label || null, en: en!.data.label || null },
    heading: { zh: zh!.data.heading ?? null, en: en!.data.heading ?? null },
    ...(data.kind === 'item' && { body: { zh: body(zh!), en: body(en!) } }),
    // A part the source lacks has no page.
    url: data.source === 'absent' ? null : both((l) => relativeUrl(PATH, routes.passage(l, data))),
  };
}

export const GET: APIRoute = async () => {
  const [zh, en] = [await loadDocument('zh'), await loadDocument('en')];
  const glossary = await loadGlossary();
  const document = {
    $schema: 'policy.schema.json', // public/data/policy.schema.json, beside this file
    schema: 'policy.json/1',
    title: both((l) => translator(l)('site.title')),
    issuer: both((l) => translator(l)('site.issuer')),
    languages: {
      zh: { tag: 'zh-CN', status: 'original: verbatim from the source; it prevails' },
      en: { tag: 'en', status: 'unofficial translation by this site' },
    },
    source: {
      file: SOURCE_FILE,
      sha256: sourceSha256(),
      credit: parseSource(readFileSync(SOURCE_FILE, 'utf8')).credit,
    },
    preamble: { zh: plainText(zh.preamble.body.body ?? ''), en: plainText(en.preamble.body.body ?? '') },
    parts: zh.parts.map((part, p) => ({
      ...passage([part.passage, en.parts[p]!.passage]),
      items: part.items.map((i) => i.data.id),
    })),
    items: zh.parts.flatMap((part, p) => part.items.map((item, i) => passage([item, en.parts[p]!.items[i]!]))),
    glossary: glossary.map((e) => ({
      id: e.id,
      kind: e.kind,
      zh: e.zh,
      zhForms: e.zhForms,
      en: e.en,
      enMatch: e.enMatch,
      variants: e.variants,
      note: e.note,
      items: e.items,
      url: both((l) => relativeUrl(PATH, routes.glossary(l, e.id))),
    })),
  };
  return new Response(JSON.stringify(document, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
