import { test, expect } from '@playwright/test';
import { spec } from '../../src/i18n/locales.ts';
import { LOCALES } from '../support/site.ts';

test('policy.json, linked from the About page, matches what the pages show', async ({ page, request }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/about/`);
    await expect(page.locator('#open-data a[type="application/json"]')).toHaveAttribute(
      'href',
      '../../data/policy.json',
    );
  }
  const response = await request.get('/data/policy.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const data = await response.json();
  expect(data.schema).toBe('policy.json/1');
  expect(data.parts.map((p: { id: string; source: string }) => `${p.id}:${p.source}`)).toEqual([
    'p1:heading-only',
    'p2:absent',
    'p3:full',
    'p4:full',
  ]);
  expect(data.parts.find((p: { id: string }) => p.id === 'p2').url).toBeNull();
  expect(data.items).toHaveLength(15);
  expect(data.items.map((i: { id: string }) => i.id)).toEqual(data.parts.flatMap((p: { items: string[] }) => p.items));
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/`);
    // The text as it reads, a translator's note's mark aside.
    const preamble = await page.locator('.doc-preamble .passage-text').evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.note-mark').forEach((m) => m.remove());
      return clone.textContent!.trim();
    });
    expect(preamble).toBe(data.preamble.text[locale]);
    for (const part of data.parts.filter((p: { source: string }) => p.source !== 'absent')) {
      await page.goto(`/${locale}/${part.id}/`);
      await expect(page.locator('h1')).toHaveText(part.label[locale] + spec(locale).gap + part.heading[locale]);
      for (const id of part.items) {
        const item = data.items.find((i: { id: string }) => i.id === id);
        const section = page.locator(`section:has(> [id="${id}"])`);
        // the heading's own link: a heading-only item's quiet label (仅有标题) follows it
        await expect(section.locator('.passage-heading .self-link')).toHaveText(
          new RegExp(`^${RegExp.escape(item.label[locale] + spec(locale).gap + item.heading[locale])}[。.]?$`),
        );
        if (item.source === 'full') {
          const text = await section.locator('.passage-text').evaluate((el) => {
            const clone = el.cloneNode(true) as HTMLElement;
            clone.querySelectorAll('.note-mark').forEach((m) => m.remove()); // a translator's note's mark
            return clone.textContent!.trim();
          });
          expect(text).toBe(item.body[locale].replace(/\n\n/g, ''));
        } else expect(item.body).toBeNull();
        // the item's url, resolved against the file, is its place on this page
        expect(new URL(item.url[locale], response.url()).href).toBe(
          new URL(`/${locale}/${part.id}/index.html#${id}`, page.url()).href,
        );
      }
    }
  }
});

test('a new user compares 四（三） side by side, follows 层层加码 to the glossary, cites the item and loads the data', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/zh/');
  await page.locator('.contents a', { hasText: '加强工作落实' }).click();
  await page.locator('section:has(> #p4-3) .item-tools summary').click();
  await page.locator('section:has(> #p4-3) .item-tools a', { hasText: '中英对照' }).click();
  const row = page.locator('section.pair#p4-3');
  await expect(row).toBeInViewport();
  // Each sentence beside its twin: the first sentence's row holds both.
  const first = row.locator('.srow#p4-3-1');
  await expect(first.locator('[lang="zh-CN"]')).toContainText('不能层层加码、一刀切');
  await expect(first.locator('[lang="en"]')).toContainText(
    'shall not escalate requirements level by level or take a one-size-fits-all approach',
  );
  await row.locator('.item-tools summary').click();
  await row.getByRole('button', { name: '引用' }).click();
  await expect(row.getByRole('status')).toHaveText('已复制引文。');
  const cited = await page.evaluate(() => navigator.clipboard.readText());
  expect(cited).toContain(
    '内蒙古自治区应对新冠肺炎疫情工作领导小组《关于实行分类指导精准施策统筹做好疫情防控与经济社会发展工作的意见》四（三）',
  );
  expect(cited).toContain(page.url().replace(/#.*$/, '') + '#p4-3');
  await first.locator('[lang="zh-CN"] a.term', { hasText: '层层加码' }).click();
  await expect(page.locator('#cengceng-jiama')).toBeInViewport();
  await page.getByRole('link', { name: '关于本文本' }).first().click();
  const [response] = await Promise.all([
    page.waitForResponse(/policy\.json$/),
    page.locator('#open-data a[type="application/json"]').click(),
  ]);
  const data = await response.json();
  expect(data.items.find((i: { id: string }) => i.id === 'p4-3').body.zh).toContain('不能层层加码、一刀切');
});

test('the language switch on a bilingual page keeps the item in view', async ({ page }) => {
  await page.goto('/zh/p4/bilingual/');
  await page.evaluate(() => document.getElementById('p4-3')!.scrollIntoView({ block: 'start' }));
  await page.locator('.site-header [data-lang-switch]').click();
  // The item, or the sentence of it being read: the same anchors in every language.
  await expect(page).toHaveURL(/\/en\/p4\/bilingual\/index\.html#p4-3(-1)?$/);
});
