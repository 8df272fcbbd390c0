import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseSource } from '../../src/lib/document/source.ts';
import { isSource } from '../../src/i18n/locales.ts';
import { expectedIn, LOCALES } from '../support/site.ts';

type Entry = {
  id: string;
  kind: string;
  zh: string;
  en: string;
  zhForms: string[];
  enMatch: string[];
  items: string[];
};
type Published = Entry & { term: Record<'zh' | 'en', string>; forms: Record<'zh' | 'en', string[]> };
const glossary: Entry[] = (JSON.parse(readFileSync('dist/data/policy.json', 'utf8')).glossary as Published[]).map(
  (e) => ({ ...e, zh: e.term.zh, en: e.term.en, zhForms: e.forms.zh, enMatch: e.forms.en }),
);
const source = parseSource(readFileSync('source/000_dba1a802fa3e88bb.txt', 'utf8'));
const REQUIRED = [
  '复工复产',
  '开复工',
  '盟市',
  '旗县（市、区）',
  '集中连片区',
  '分区分级',
  '专班',
  '联络员',
  '帮扶机制',
  '层层加码',
  '一刀切',
  '形式主义',
  '稳外贸稳外资',
  '统筹',
  '考核问责',
  '农牧业',
  '原辅料',
  '分类指导',
  '精准施策',
  '产业损害预警',
];
const REGIONS = {
  hohhot: ['呼和浩特市', 'Hohhot'],
  baotou: ['包头市', 'Baotou'],
  hulunbuir: ['呼伦贝尔市', 'Hulunbuir'],
  hinggan: ['兴安盟', 'Hinggan League'],
  tongliao: ['通辽市', 'Tongliao'],
  chifeng: ['赤峰市', 'Chifeng'],
  xilingol: ['锡林郭勒盟', 'Xilingol League'],
  ulanqab: ['乌兰察布市', 'Ulanqab'],
  ordos: ['鄂尔多斯市', 'Ordos'],
  bayannur: ['巴彦淖尔市', 'Bayannur'],
  wuhai: ['乌海市', 'Wuhai'],
  alxa: ['阿拉善盟', 'Alxa League'],
};

test('the glossary holds the required terms and the twelve regions, romanized as agreed', () => {
  for (const zh of REQUIRED) expect(glossary.map((e) => e.zh)).toContain(zh);
  for (const [id, [zh, en]] of Object.entries(REGIONS))
    expect(glossary.find((e) => e.id === id)).toMatchObject({ kind: 'region', zh, en });
});

test('the passages listed for each term are exactly those whose Chinese, in the source, uses it', () => {
  // The preamble (which carries the title) and part headings are passages too.
  const sourceItems = [
    { id: 'preamble', text: source.preamble },
    ...source.parts.flatMap((p) => [
      { id: p.id, text: p.heading },
      ...p.items.map((i) => ({ id: i.id, text: i.heading + i.body })),
    ]),
  ];
  for (const entry of glossary) {
    const expected = sourceItems
      .filter((i) => [entry.zh, ...entry.zhForms].some((f) => i.text.includes(f)))
      .map((i) => i.id);
    expect(entry.items, entry.zh).toEqual(expected);
  }
  expect(glossary.find((e) => e.zh === '层层加码')!.items).toEqual(['p4-3']);
  // The title's own terms are found in the preamble, which cites the title.
  expect(glossary.find((e) => e.zh === '分类指导')!.items).toEqual(['preamble', 'p4-3']);
  expect(glossary.find((e) => e.zh === '精准施策')!.items).toEqual(['preamble']);
});

for (const locale of LOCALES) {
  test(`${locale}: the glossary page is in the navigation and shows each entry with its items`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await page
      .getByRole('navigation', { name: expectedIn(locale, { zh: '主导航', en: 'Main navigation' }) })
      .getByRole('link', { name: expectedIn(locale, { zh: '术语', en: 'Glossary' }) })
      .click();
    await expect(page.locator('h1')).toHaveText(expectedIn(locale, { zh: '术语表', en: 'Glossary' }));
    for (const entry of glossary) {
      const section = page.locator(`section.term-entry#${entry.id}`);
      await expect(section.locator('h3')).toContainText(entry.zh);
      await expect(section.locator('h3')).toContainText(entry.en);
      await expect(section.locator('.term-items li')).toHaveCount(entry.items.length);
      if (entry.items.length === 0)
        await expect(section.locator('.term-items')).toContainText(
          expectedIn(locale, { zh: '本文未出现', en: 'Not named in the text' }),
        );
    }
  });

  test(`${locale}: the first occurrence of each term in an item links to its entry, and only the first`, async ({
    page,
  }) => {
    for (const part of ['p3', 'p4']) {
      await page.goto(`/${locale}/${part}/`);
      const links = await page.locator('.passage.item').evaluateAll((sections) =>
        sections.flatMap((s) =>
          [...s.querySelectorAll('a.term')].map((a) => ({
            item: s.querySelector('.passage-heading')!.id,
            text: a.textContent!,
            href: a.getAttribute('href')!,
          })),
        ),
      );
      const seen = new Set<string>();
      for (const link of links) {
        const id = link.href.split('#')[1]!;
        const entry = glossary.find((e) => e.id === id)!;
        expect(link.href).toBe(`../glossary/index.html#${id}`);
        expect(seen.has(`${link.item}/${id}`), `${link.item}: ${entry.zh} linked twice`).toBe(false);
        seen.add(`${link.item}/${id}`);
        if (isSource(locale)) expect([entry.zh, ...entry.zhForms]).toContain(link.text);
        else
          expect(
            entry.enMatch.some((m) =>
              new RegExp(`^${m.replace(/[.()]/g, '\\$&').replace(/\*/g, '\\w*')}$`, 'i').test(link.text),
            ),
            link.text,
          ).toBe(true);
      }
      // every term whose Chinese occurs in an item's text is linked there; on the Chinese pages the names of
      // leagues and cities are not (the item's own links to their pages lead there, and a Chinese reader needs no
      // English rendering of a place name), so that a paragraph such as 四（三） stays calm
      for (const entry of glossary)
        for (const item of entry.items.filter((i) => i.startsWith(`${part}-`))) {
          const text = source.parts.flatMap((p) => p.items).find((i) => i.id === item)!.body;
          if ([entry.zh, ...entry.zhForms].some((f) => text.includes(f)))
            expect(seen.has(`${item}/${entry.id}`), `${item}: ${entry.zh}`).toBe(
              !isSource(locale) || entry.kind !== 'region',
            );
        }
    }
  });
}

test('a reader follows 层层加码 from 四（三） to its entry, in both languages', async ({ page }) => {
  await page.goto('/zh/p4/#p4-3');
  await page.locator('#p4-3 ~ .passage-text a.term', { hasText: '层层加码' }).click();
  await expect(page).toHaveURL(/\/zh\/glossary\/index\.html#cengceng-jiama$/);
  await expect(page.locator('#cengceng-jiama')).toBeInViewport();
  await expect(page.locator('#cengceng-jiama')).toContainText('escalate requirements level by level');
  await page.locator('#cengceng-jiama .term-items a').click();
  await expect(page).toHaveURL(/\/zh\/p4\/index\.html#p4-3$/);
  await page.goto('/en/p4/bilingual/#p4-3');
  await page.locator('#p4-3 .s-half[lang="en"] a.term', { hasText: 'escalate requirements level by level' }).click();
  await expect(page).toHaveURL(/\/en\/glossary\/index\.html#cengceng-jiama$/);
});
