/**
 * What a search engine or data user reads on the served site, under the strict CSP: the JSON-LD Legislation on
 * /zh/ and /en/, checked against policy.json and the pages it points at, and the schema the About page links.
 */
import { test, expect, type Page } from '@playwright/test';
import { spec } from '../../src/i18n/locales.ts';
import { LOCALES } from '../support/site.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { watch } from '../support/gates.ts';

type Node = { identifier: string; legislationIdentifier: string; name?: string; url?: string; hasPart?: Node[] };

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]!);
}

test('/zh/ and /en/ carry twin Legislation records that match the document, with no CSP violation', async ({
  page,
  request,
  baseURL,
}) => {
  const data = await (await request.get('/data/policy.json')).json();
  const records: Record<string, { record: ReturnType<typeof JSON.parse>; url: string }> = {};
  for (const locale of LOCALES) {
    const faults = await watch(page, new URL(baseURL!).origin);
    await page.goto(`/${locale}/`);
    const record = await jsonLd(page);
    expect(await faults()).toEqual([]);
    records[locale] = { record, url: page.url() };
    expect(record['@context']).toBe('https://schema.org');
    expect(record['@type']).toBe('Legislation');
    expect(record.name).toEqual([
      { '@value': data.title.zh, '@language': 'zh-CN' },
      { '@value': data.title.en, '@language': 'en' },
    ]);
    expect(record.legislationPassedBy).toMatchObject({
      '@type': 'Organization',
      name: [{ '@value': data.issuer.zh }, { '@value': data.issuer.en }],
    });
    expect(record.legislationJurisdiction.name.map((n: { '@value': string }) => n['@value'])).toEqual([
      '内蒙古自治区',
      'Inner Mongolia Autonomous Region',
    ]);
    expect(record.legislationType.map((n: { '@value': string }) => n['@value'])).toEqual(['意见', 'Opinions']);
    expect(record.legislationLegalValue).toBe('https://schema.org/UnofficialLegalValue');
    expect(record.inLanguage).toBe(data.languages[locale].tag);
    // The parts and items are the document's, in order, each pointing at its place on the site.
    const parts: Node[] = record.hasPart;
    const qualified = (id: string) => `${data.id}:${id}`;
    expect(parts.map((p) => p.identifier)).toEqual(data.parts.map((p: { id: string }) => qualified(p.id)));
    for (const [i, part] of parts.entries()) {
      expect((part.hasPart ?? []).map((item) => item.identifier)).toEqual(data.parts[i].items.map(qualified));
      expect(part.name ?? null).toBe(data.parts[i].heading?.[locale] ?? null);
      for (const item of part.hasPart ?? []) {
        const expected = data.items.find((d: { id: string }) => qualified(d.id) === item.identifier);
        expect(item.name).toBe(expected.heading[locale]);
        expect(item.legislationIdentifier).toBe(part.legislationIdentifier + spec(locale).gap + expected.label[locale]);
        expect(new URL(item.url!, page.url()).href).toBe(
          new URL(expected.url[locale], new URL('/data/policy.json', baseURL)).href,
        );
      }
    }
  }
  // Each twin reference, resolved on its page, is the other page's own node.
  const resolve = (locale: string, id: string) => new URL(id, records[locale]!.url).href;
  expect(resolve('en', records.en!.record.translationOfWork['@id'])).toBe(resolve('zh', records.zh!.record['@id']));
  expect(resolve('zh', records.zh!.record.workTranslation[0]['@id'])).toBe(resolve('en', records.en!.record['@id']));
  // A reader following an item's address lands on that item.
  const p43 = (records.en!.record.hasPart as Node[])
    .find((p) => p.identifier.endsWith(':p4'))!
    .hasPart!.find((i) => i.identifier.endsWith(':p4-3'))!;
  expect(p43.legislationIdentifier).toBe('IV (3)');
  await page.goto(new URL(p43.url!, records.en!.url).href);
  await expect(page.locator('[id="p4-3"]')).toBeAttached();
});

test('About links the schema of policy.json, and the served data validates against it', async ({ page, request }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/about/`);
    const link = page.locator('#open-data a[type="application/schema+json"]');
    await expect(link).toHaveAttribute('href', '../../data/policy.schema.json');
    const [response] = await Promise.all([page.waitForResponse(/policy\.schema\.json$/), link.click()]);
    expect(response.ok()).toBe(true);
  }
  const data = await request.get('/data/policy.json');
  const body = await data.json();
  const schema = await (await request.get(new URL(body.$schema, data.url()).href)).json();
  const validate = new Ajv2020({ allErrors: true, logger: false }).compile(schema);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
});
